// What a browser does at the local provider, for tests: open the authorization
// URL, fill in the sign-in page, follow the redirects (keeping the provider's
// cookies) and stop at the relying party's callback, whose URL it answers.

/** Follows the redirects from `url` until one leaves the provider; answers that URL. */
export async function signInAt(authorizationUrl, { email, name = "", unverified = false, cancel = false }) {
  const origin = new URL(authorizationUrl).origin
  const jar = new Map()
  const remember = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";")
      const at = pair.indexOf("=")
      jar.set(pair.slice(0, at), pair.slice(at + 1))
    }
  }
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ")
  let next = authorizationUrl
  let form = null
  for (let hop = 0; hop < 10; hop++) {
    if (!next.startsWith(origin)) return next
    const res = await fetch(next, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: { cookie: cookie(), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body: form ?? undefined,
    })
    remember(res)
    form = null
    const location = res.headers.get("location")
    if (location) {
      next = new URL(location, next).href
      continue
    }
    const html = await res.text()
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]
    if (res.status !== 200 || !action) throw new Error(`the provider answered ${res.status} at ${next}: ${html.slice(0, 300)}`)
    next = new URL(cancel ? action.replace(/\/login$/, "/abort") : action, origin).href
    form = new URLSearchParams({ email, name, ...(unverified ? { unverified: "1" } : {}) }).toString()
  }
  throw new Error("too many redirects at the provider")
}

// Imported first, before medusa-config reads the environment: commerce's Google
// sign-in points at the local OpenID provider of tools/oidc, on a port of this run.
import { spawn } from "node:child_process"
import path from "node:path"

const PROVIDER = path.resolve(__dirname, "../../../tools/oidc/index.mjs")
const port = 20000 + Math.floor(Math.random() * 20000)

process.env.GOOGLE_ISSUER_URL = `http://localhost:${port}`
delete process.env.GOOGLE_CLIENT_ID
delete process.env.GOOGLE_CLIENT_SECRET

/** Where commerce sends Google's answer: the storefront's callback page (no storefront runs here). */
export const GOOGLE_CALLBACK_URL = `${(process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")}/auth/google/callback`

/** The local provider, in its own process, knowing commerce's development client. */
export async function startLocalGoogle(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [PROVIDER], {
    env: { ...process.env, OIDC_PORT: String(port), OIDC_REDIRECT_URIS: GOOGLE_CALLBACK_URL },
    stdio: ["ignore", "pipe", "ignore"],
  })
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = /local Google on (http:\/\/\S+)/.exec(chunk.toString())
      if (match) resolve(match[1])
    })
    child.on("exit", (code) => reject(new Error(`the local OpenID provider exited with ${code}`)))
  })
  return { url, stop: () => child.kill() }
}

/**
 * What the reader's browser does at the provider: open the authorization URL,
 * fill in its sign-in page, follow its redirects with its cookies, and stop at
 * the storefront's callback. Answers that URL (with `code` and `state`).
 */
export async function signInAtGoogle(authorizationUrl: string, reader: { email: string; name?: string; unverified?: boolean }): Promise<URL> {
  const origin = new URL(authorizationUrl).origin
  const jar = new Map<string, string>()
  let next = authorizationUrl
  let form: string | null = null
  for (let hop = 0; hop < 10; hop++) {
    if (!next.startsWith(origin)) return new URL(next)
    const res: Response = await fetch(next, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body: form ?? undefined,
    })
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";")
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1))
    }
    form = null
    const location = res.headers.get("location")
    if (location) {
      next = new URL(location, next).href
      continue
    }
    const action = /<form method="post" action="([^"]+)"/.exec(await res.text())?.[1]
    if (res.status !== 200 || !action) throw new Error(`the provider answered ${res.status} at ${next}`)
    next = new URL(action, origin).href
    form = new URLSearchParams({ email: reader.email, name: reader.name ?? "", ...(reader.unverified ? { unverified: "1" } : {}) }).toString()
  }
  throw new Error("too many redirects at the provider")
}

import { CMS, COMMERCE, STOREFRONT } from "./support/urls"

// Ask for every route the journeys use once, before any journey runs: with
// `next dev` (E2E_TARGET=dev) a route compiles on its first request, and a
// browser that navigates meanwhile can see a transient error; with the
// production builds it fills Next's cache and warms each server's code paths.
const WARM_UP = ["/ng", "/us", "/ng/products/the-quiet-draft", "/ng/products/no-such-book"]
// Cart and account journeys; without a session the account pages compile, then redirect to sign-in.
WARM_UP.push("/api/session", "/api/country?to=ng&from=/ng", "/ng/cart", "/us/cart")
WARM_UP.push("/ng/account/login", "/ng/account/register", "/ng/account/forgot-password", "/ng/account/reset-password")
WARM_UP.push("/ng/account", "/ng/account/profile", "/ng/account/addresses", "/ng/account/addresses/new", "/ng/account/orders")
// Catalogue journeys: the listing, a filtered view (its own route), search and suggestions.
WARM_UP.push("/ng/store", "/ng/store?sort=price_asc", "/ng/search?q=quiet", "/api/search?countryCode=ng&q=quiet")
// Checkout journeys: checkout, Paystack's return (no cart: back to checkout), a confirmation (404 for a stranger), the library.
WARM_UP.push("/ng/checkout", "/checkout/paystack", "/ng/order/order_warm_up/confirmed", "/ng/account/library")
// Content journeys: blog listings and a post, events and the RSVP state, a cms page, preview and the feeds.
WARM_UP.push("/ng/blog", "/ng/blog/page/2", "/ng/blog/category/writing", "/ng/blog/tag/writing", "/ng/blog/how-i-outline-a-book-in-a-weekend")
WARM_UP.push("/ng/events", "/ng/events/lagos-book-reading", "/api/events/lagos-book-reading/rsvp", "/ng/about", "/api/preview/exit?path=/ng")
WARM_UP.push("/api/preview?secret=warm-up&path=/", "/rss.xml", "/sitemap.xml", "/robots.txt")
WARM_UP.push("/ng/courses", "/ng/courses/write-your-first-book", "/ng/learn/write-your-first-book", "/ng/learn/write-your-first-book/les_warm_up", "/ng/account/courses", "/ng/certificates/AAAAAAAAAAAAAAAA")
// Community journey: home, a category, a discussion (404 for an unknown one), member pages, and the signed-in pages (redirect to sign-in).
WARM_UP.push("/ng/community", "/ng/community/book-club", "/ng/community/book-club/cdisc_warm_up", "/ng/community/members/cmem_warm_up", "/ng/community/new", "/ng/community/me")
// Groups journey: the list and a group's page (404 for an unknown one).
WARM_UP.push("/ng/community/groups", "/ng/community/groups/warm-up")

/** The Payload admin's login and post editor (the content journey edits a post in it), rendered once as the editor. */
async function warmUpPayloadAdmin() {
  const cms = CMS
  const login = await fetch(`${cms}/api/users/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "editor@example.com", password: "supersecret" }),
    signal: AbortSignal.timeout(180_000),
  })
  const { token } = (await login.json()) as { token?: string }
  for (const path of ["/admin/login", "/admin", "/admin/collections/posts/create"]) {
    const res = await fetch(`${cms}${path}`, {
      headers: token ? { cookie: `payload-token=${token}` } : {},
      signal: AbortSignal.timeout(180_000),
    })
    await res.text()
  }
}

/**
 * Commerce's first customer registration (auth, the account workflow, the welcome
 * email subscriber) is slow on a cold server: make it once here, with a throwaway
 * account, so the first journey that registers does not pay for it.
 */
async function warmUpCommerceAccounts() {
  const commerce = COMMERCE
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${commerce}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(180_000),
    })
    return (await res.json().catch(() => ({}))) as Record<string, any>
  }
  const keyRes = await fetch(`${commerce}/storefront/publishable-key`, { signal: AbortSignal.timeout(180_000) })
  const { publishable_key: key } = (await keyRes.json()) as { publishable_key: string }
  const account = { email: `warm-up-${Date.now()}@example.com`, password: "warm-up-password-1" }
  const { token } = await post("/auth/customer/emailpass/register", account)
  if (token) await post("/store/customers", { email: account.email }, { authorization: `Bearer ${token}`, "x-publishable-api-key": key })
  await post("/auth/customer/emailpass", account)
}

export default async function warmUp() {
  for (const path of WARM_UP) {
    const res = await fetch(`${STOREFRONT}${path}`, { signal: AbortSignal.timeout(180_000) })
    await res.text()
  }
  // The revalidation hook the cms and commerce call: the first publish must not wait for it
  // to compile (it answers 401 here, without the secret, once compiled).
  const revalidate = await fetch(`${STOREFRONT}/api/revalidate`, { method: "POST", signal: AbortSignal.timeout(180_000) })
  await revalidate.text()
  await warmUpPayloadAdmin()
  await warmUpCommerceAccounts()
}

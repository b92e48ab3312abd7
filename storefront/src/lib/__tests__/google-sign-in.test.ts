import { NextRequest } from "next/server"
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server"
import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
const token = (actor: string) => ["h", Buffer.from(JSON.stringify({ actor_id: actor, exp: Math.floor(Date.now() / 1000) + 3600 })).toString("base64url"), "s"].join(".")
const actorOf = (jwt: string | undefined) => JSON.parse(Buffer.from(String(jwt).split(".")[1] ?? "", "base64url").toString()).actor_id

const GOOGLE = "https://accounts.google.com/o/oauth2/v2/auth?client_id=c&state=state-from-commerce&code_challenge=x"

type Behaviour = { callback?: () => Response; customer?: () => Response }

/** A fake commerce for Google sign-in: its start, its callback, the link-or-create route and the session routes. */
function commerce(behaviour: Behaviour = {}) {
  const calls: { method: string; path: string; query: URLSearchParams; headers: Headers }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const method = init.method ?? "GET"
    calls.push({ method, path: url.pathname, query: url.searchParams, headers: new Headers(init.headers) })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/auth/customer/google") return json({ location: GOOGLE })
    if (url.pathname === "/auth/customer/google/callback") return behaviour.callback?.() ?? json({ token: token("") })
    if (url.pathname === "/store/auth/google/customer") return behaviour.customer?.() ?? json({ customer_id: "cus_1", outcome: "created" })
    if (url.pathname === "/auth/token/refresh") return json({ token: token("cus_1") })
    if (url.pathname === "/store/customers/me") return json({ customer: { id: "cus_1", email: "ada@example.com" } })
    if (url.pathname === "/store/customers/me/cart") return json({ cart: null })
    return json({ message: "unexpected" }, 500)
  })
  return { fetchImpl, calls }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar()) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies, headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  const start = (await import("../../app/auth/google/start/route")).GET
  const callback = (await import("../../app/auth/google/callback/route")).GET
  const continueWithGoogle = (query: string) => start(new NextRequest(new URL(`/auth/google/start${query}`, "http://localhost:8000")))
  const returnFromGoogle = (query: string) => callback(new NextRequest(new URL(`/auth/google/callback${query}`, "http://localhost:8000")))
  return { continueWithGoogle, returnFromGoogle, jar }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

const query = (fields: Record<string, string>) => `?${new URLSearchParams(fields)}`
const started = (over: Record<string, string> = {}) => ({ shop_google: JSON.stringify({ state: "state-from-commerce", next: "/ng/books/the-quiet-draft", country: "ng", ...over }) })

describe("Continue with Google", () => {
  it("sends the reader to Google and remembers, in this browser only, the state and the page to return to", async () => {
    const fake = commerce()
    const { continueWithGoogle, jar } = await load(fake)
    const res = await continueWithGoogle(query({ country: "ng", next: "/ng/books/the-quiet-draft?format=ebook" }))
    expect(res.status).toBe(303)
    expect(res.headers.get("location")).toBe(GOOGLE)
    // Commerce counts starts per shopper, so it is told who is asking.
    expect(fake.calls.find((c) => c.path === "/auth/customer/google")?.headers.get("x-forwarded-for")).toBe("203.0.113.7")
    const set = jar.sets.find((s) => s.name === "shop_google")!
    expect(JSON.parse(set.value)).toEqual({ state: "state-from-commerce", next: "/ng/books/the-quiet-draft?format=ebook", country: "ng" })
    expect(set.options).toMatchObject({ httpOnly: true, sameSite: "lax", maxAge: 600 })
  })

  it("never keeps a return path that leaves the shop", async () => {
    const { continueWithGoogle, jar } = await load(commerce())
    await continueWithGoogle(query({ country: "ng", next: "//evil.example/x" }))
    expect(JSON.parse(jar.values.get("shop_google")!).next).toBe("/ng/account")
  })

  it("comes back to the login page saying so when commerce cannot start a sign-in", async () => {
    const { continueWithGoogle, jar } = await load({ ...commerce(), fetchImpl: vi.fn(async () => json({ message: "down" }, 503)) } as ReturnType<typeof commerce>)
    const res = await continueWithGoogle(query({ country: "gh", next: "/gh/store" }))
    expect(res.headers.get("location")).toBe(`/gh/account/login?${new URLSearchParams({ google: "unavailable", next: "/gh/store" })}`)
    expect(jar.values.has("shop_google")).toBe(false)
  })
})

describe("returning from Google (/auth/google/callback)", () => {
  it("creates or links the account, signs the browser in with the customer's token and returns to the page it started from", async () => {
    const fake = commerce()
    const { returnFromGoogle, jar } = await load(fake, cookieJar(started()))
    const res = await returnFromGoogle("?code=the-code&state=state-from-commerce&iss=https%3A%2F%2Faccounts.google.com&scope=openid")
    expect(res.status).toBe(303)
    expect(res.headers.get("location")).toBe("/ng/books/the-quiet-draft")
    expect(actorOf(jar.values.get("shop_session"))).toBe("cus_1")
    expect(jar.sets.find((s) => s.name === "shop_session")?.options).toMatchObject({ httpOnly: true, sameSite: "lax" })
    expect(jar.values.has("shop_google")).toBe(false)
    const callback = fake.calls.find((c) => c.path === "/auth/customer/google/callback")!
    expect(Object.fromEntries(callback.query)).toEqual({ code: "the-code", state: "state-from-commerce", iss: "https://accounts.google.com" })
    expect(fake.calls.filter((c) => c.path === "/auth/token/refresh")).toHaveLength(1)
  })

  it("uses the callback's own token when the identity already had its customer", async () => {
    const fake = commerce({ callback: () => json({ token: token("cus_1") }), customer: () => json({ customer_id: "cus_1", outcome: "existing" }) })
    const { returnFromGoogle, jar } = await load(fake, cookieJar(started()))
    expect((await returnFromGoogle("?code=c&state=state-from-commerce")).headers.get("location")).toBe("/ng/books/the-quiet-draft")
    expect(actorOf(jar.values.get("shop_session"))).toBe("cus_1")
    expect(fake.calls.some((c) => c.path === "/auth/token/refresh")).toBe(false)
  })

  it("refuses a state this browser was not given, or no sign-in at all, without asking commerce", async () => {
    for (const jar of [cookieJar(started({ state: "another-state" })), cookieJar()]) {
      const fake = commerce()
      const { returnFromGoogle } = await load(fake, jar)
      const res = await returnFromGoogle("?code=c&state=state-from-commerce")
      expect(res.headers.get("location")).toMatch(/^\/ng\/account\/login\?google=expired&next=/)
      expect(fake.calls.some((c) => c.path.startsWith("/auth/customer/google"))).toBe(false)
      expect(jar.values.has("shop_session")).toBe(false)
    }
  })

  it("takes a cancelled sign-in, or one commerce refuses, back to the login page keeping the return path", async () => {
    const cancelled = await load(commerce(), cookieJar(started()))
    const res = await cancelled.returnFromGoogle("?error=access_denied&state=state-from-commerce")
    expect(res.headers.get("location")).toBe(`/ng/account/login?${new URLSearchParams({ google: "cancelled", next: "/ng/books/the-quiet-draft" })}`)

    const refused = await load(commerce({ callback: () => json({ type: "unauthorized", message: "Authentication failed" }, 401) }), cookieJar(started()))
    expect((await refused.returnFromGoogle("?code=c&state=state-from-commerce")).headers.get("location")).toMatch(/google=failed/)
    expect(refused.jar.values.has("shop_session")).toBe(false)

    const unverified = await load(
      commerce({ customer: () => json({ type: "not_allowed", message: "An account already uses this address and Google has not verified it: sign in with your password." }, 400) }),
      cookieJar(started())
    )
    expect((await unverified.returnFromGoogle("?code=c&state=state-from-commerce")).headers.get("location")).toMatch(/google=unverified/)
    expect(unverified.jar.values.has("shop_session")).toBe(false)
  })
})

describe("the proxy before the Google routes", () => {
  it("runs for both and moves the client's own X-Forwarded-For aside, so commerce's limits count the real peer", async () => {
    const { proxy, config } = await import("../../proxy")
    for (const path of ["/auth/google/start?country=ng", "/auth/google/callback?code=c&state=s"]) {
      expect(unstable_doesMiddlewareMatch({ config, url: path })).toBe(true)
      const res = proxy(new NextRequest(new URL(path, "http://localhost:8000"), { headers: { "x-forwarded-for": "1.2.3.4" } }))
      expect(res.headers.get("x-middleware-next")).toBe("1")
      expect(res.headers.get("x-middleware-override-headers")?.split(",")).not.toContain("x-forwarded-for")
      expect(res.headers.get("x-middleware-request-x-storefront-forwarded-for")).toBe("1.2.3.4")
    }
  })
})

import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

const token = (actor: string) =>
  ["h", Buffer.from(JSON.stringify({ actor_id: actor, exp: Math.floor(Date.now() / 1000) + 3600 })).toString("base64url"), "s"].join(".")

/** The customer a session token names (its expiry depends on the clock, so compare this). */
const actorOf = (jwt: string | undefined) => JSON.parse(Buffer.from(String(jwt).split(".")[1] ?? "", "base64url").toString()).actor_id

type Behaviour = {
  login?: () => Response
  carts?: Record<string, { id: string; customer_id: string | null; items: { quantity: number }[] }>
  customerCart?: { id: string } | null
}

/** A fake commerce for the auth and customer routes a sign-in touches. */
function commerce(behaviour: Behaviour = {}) {
  const calls: { method: string; path: string; headers: Headers }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const method = init.method ?? "GET"
    const headers = new Headers(init.headers)
    calls.push({ method, path: url.pathname, headers })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/auth/customer/emailpass") return behaviour.login?.() ?? json({ token: token("cus_1") })
    // Registration: a token that may only create the customer, then the same token re-issued with its id.
    if (url.pathname === "/auth/customer/emailpass/register") return json({ token: token("") })
    if (url.pathname === "/store/customers" && method === "POST") return json({ customer: { id: "cus_1", email: "ada@example.com" } })
    if (url.pathname === "/auth/token/refresh") return json({ token: token("cus_1") })
    if (url.pathname === "/store/customers/me") return json({ customer: { id: "cus_1", email: "ada@example.com" } })
    if (url.pathname === "/store/customers/me/cart") return json({ cart: behaviour.customerCart ?? null })
    const cartMatch = url.pathname.match(/^\/store\/carts\/([^/]+)(\/customer)?$/)
    if (cartMatch) {
      const cart = behaviour.carts?.[cartMatch[1]]
      if (!cart) return json({ message: "not found" }, 404)
      if (cartMatch[2]) cart.customer_id = "cus_1"
      return json({ cart })
    }
    return json({ message: "unexpected" }, 500)
  })
  return { fetchImpl, calls }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar()) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({
    cookies: jar.cookies,
    // As a server action sees them: the proxy moved the client's own X-Forwarded-For aside and
    // Next wrote the connecting peer there (lib/util/rate-limit.ts); no proxy is trusted here.
    headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7", "x-storefront-forwarded-for": "1.2.3.4" }),
  }))
  vi.doMock("next/cache", () => ({ refresh: vi.fn() }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  const actions = await import("../actions/account")
  return { ...actions, jar }
}

const signInForm = (email = "ada@example.com", password = "a-password") => {
  const form = new FormData()
  form.set("email", email)
  form.set("password", password)
  form.set("countryCode", "ng")
  return form
}

/** Next's redirect() throws; the digest names where it goes. */
const redirectTarget = async (promise: Promise<unknown>) => {
  const error = (await promise.then(() => null, (e: unknown) => e)) as { digest?: string } | null
  return error?.digest?.split(";")[2] ?? null
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.doUnmock("next/cache")
  vi.restoreAllMocks()
})

describe("signIn", () => {
  it("says how long to wait when commerce rate-limits the attempt", async () => {
    const fake = commerce({ login: () => json({ message: "Too many requests" }, 429, { "retry-after": "120" }) })
    const { signIn, jar } = await load(fake)
    const state = await signIn(null, signInForm())
    expect(state).toEqual({
      ok: false,
      message: "Too many attempts. Please wait 2 minutes and try again.",
      values: { email: "ada@example.com", countryCode: "ng" },
    })
    expect(jar.sets).toEqual([])
  })

  it("passes the shopper's address on, so commerce limits per shopper", async () => {
    const fake = commerce({ login: () => json({ message: "Too many requests" }, 429) })
    const { signIn } = await load(fake)
    await signIn(null, signInForm())
    const login = fake.calls.find((c) => c.path === "/auth/customer/emailpass")
    expect(login?.headers.get("x-forwarded-for")).toBe("203.0.113.7")
  })

  it("refuses a wrong password without saying which part was wrong", async () => {
    const fake = commerce({ login: () => json({ type: "unauthorized", message: "Invalid email or password" }, 401) })
    const { signIn } = await load(fake)
    expect(await signIn(null, signInForm())).toMatchObject({ ok: false, message: "The email or password is not right. Check both and try again." })
  })

  it("checks the form before asking commerce", async () => {
    const fake = commerce()
    const { signIn } = await load(fake)
    expect(await signIn(null, signInForm("not-an-email", ""))).toMatchObject({
      ok: false,
      errors: { email: "Enter a valid email address, like name@example.com.", password: "Enter your password." },
    })
    expect(fake.calls).toEqual([])
  })

  it("gives a guest cart with books in it to the customer", async () => {
    const carts = { cart_guest: { id: "cart_guest", customer_id: null, items: [{ quantity: 2 }] } }
    const fake = commerce({ carts, customerCart: { id: "cart_other_device" } })
    const { signIn, jar } = await load(fake, cookieJar({ shop_cart: "cart_guest" }))
    expect(await redirectTarget(signIn(null, signInForm()))).toBe("/ng/account")
    expect(carts.cart_guest.customer_id).toBe("cus_1")
    expect(jar.values.get("shop_cart")).toBe("cart_guest")
    expect(actorOf(jar.values.get("shop_session"))).toBe("cus_1")
  })

  it("returns the reader to the event, course or lesson they signed in from, and never to another site", async () => {
    const { signIn } = await load(commerce())
    const from = (next: string) => {
      const form = signInForm()
      form.set("next", next)
      return redirectTarget(signIn(null, form))
    }
    expect(await from("/ng/events/book-launch")).toBe("/ng/events/book-launch")
    expect(await from("/ng/learn/write-your-first-book/les_1")).toBe("/ng/learn/write-your-first-book/les_1")
    expect(await from("/\\evil.example")).toBe("/ng/account")
  })

  it("picks up the customer's own cart when this browser has none", async () => {
    const fake = commerce({ customerCart: { id: "cart_other_device" } })
    const { signIn, jar } = await load(fake)
    expect(await redirectTarget(signIn(null, signInForm()))).toBe("/ng/account")
    expect(jar.values.get("shop_cart")).toBe("cart_other_device")
  })
})

describe("register", () => {
  const registerForm = (next?: string) => {
    const form = signInForm("ada@example.com", "a-long-password")
    form.set("first_name", "Ada")
    form.set("last_name", "Obi")
    if (next) form.set("next", next)
    return form
  }

  it("returns the new reader to the page they came from, signed in without hashing the password twice", async () => {
    const fake = commerce()
    const { register, jar } = await load(fake)
    expect(await redirectTarget(register(null, registerForm("/ng/courses/write-your-first-book")))).toBe("/ng/courses/write-your-first-book")
    expect(actorOf(jar.values.get("shop_session"))).toBe("cus_1")
    expect(fake.calls.map((c) => c.path)).toContain("/auth/token/refresh")
    expect(fake.calls.filter((c) => c.path === "/auth/customer/emailpass")).toEqual([])
  })

  it("sends a reader who came from another site to their account instead", async () => {
    const { register } = await load(commerce())
    expect(await redirectTarget(register(null, registerForm("/%2F%2Fevil.example")))).toBe("/ng/account")
  })
})

describe("signOut", () => {
  it("forgets the session and the cart on this browser", async () => {
    const fake = commerce()
    const { signOut, jar } = await load(fake, cookieJar({ shop_session: "t", shop_cart: "cart_1" }))
    const form = new FormData()
    form.set("countryCode", "us")
    expect(await redirectTarget(signOut(form))).toBe("/us")
    expect([...jar.values.keys()]).toEqual([])
  })
})

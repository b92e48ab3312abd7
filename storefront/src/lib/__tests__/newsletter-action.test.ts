import { afterEach, describe, expect, it, vi } from "vitest"
import { FORWARDED_FOR_AS_SENT } from "../util/rate-limit"

type Call = { path: string; body: unknown; authorization: string | null }

/** A fake cms answering the sign-up endpoint with `answer`. */
function cms(answer: () => Response) {
  const calls: Call[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    calls.push({ path: new URL(input.toString()).pathname, body: JSON.parse(String(init.body)), authorization: headers.get("authorization") })
    return answer()
  })
  return { fetchImpl, calls }
}

/** The server action, loaded fresh (its rate limiter starts empty) with the request headers a server action would see. */
async function load(fake: ReturnType<typeof cms>, requestHeaders: () => Headers = () => new Headers({ "x-forwarded-for": "198.51.100.1" })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ headers: async () => requestHeaders() }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return (await import("../actions/newsletter")).subscribeToNewsletter
}

const form = (email: string) => {
  const data = new FormData()
  data.set("email", email)
  return data
}
const outcome = (name: string, status = 200) => () => Response.json({ outcome: name }, { status })

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe("newsletter sign-up", () => {
  it("asks the cms's subscribe endpoint with the storefront key", async () => {
    const fake = cms(outcome("confirmation-sent"))
    const subscribe = await load(fake)
    expect(await subscribe(null, form(" Reader@Example.com "))).toEqual({
      ok: true,
      message: "Thanks! Check your inbox for a link to confirm your subscription.",
    })
    expect(fake.calls).toEqual([
      { path: "/api/newsletter-subscribers/subscribe", body: { email: "Reader@Example.com" }, authorization: "users API-Key dev-only-storefront-api-key" },
    ])
  })

  it("says what happened to an address the cms already knows, instead of 'check your inbox' with no email sent", async () => {
    const said = async (name: string, status = 200) => (await load(cms(outcome(name, status))))(null, form("reader@example.com"))
    expect(await said("already-subscribed")).toEqual({ ok: true, message: "This address is already subscribed. Nothing more to do." })
    expect(await said("confirmation-resent")).toEqual({
      ok: true,
      message: "You had signed up but not confirmed yet: we have sent the confirmation link again. Check your inbox.",
    })
    expect((await said("confirmation-recently-sent"))?.message).toMatch(/a few minutes ago.*another in ten minutes/)
    expect(await said("email-failed", 502)).toEqual({
      ok: false,
      message: "We could not send the confirmation email just now. Please try again in a few minutes.",
    })
  })

  it("never claims success for a refusal or an unreachable cms", async () => {
    const refused = cms(() => Response.json({ errors: [{ message: "Value must be unique" }] }, { status: 400 }))
    expect(await (await load(refused))(null, form("reader@example.com"))).toEqual({
      ok: false,
      message: "We could not sign you up just now. Please try again later.",
    })
    const down = cms(() => {
      throw new TypeError("fetch failed")
    })
    expect((await (await load(down))(null, form("reader@example.com")))?.ok).toBe(false)
  })

  it("checks the address before asking the cms", async () => {
    const fake = cms(outcome("confirmation-sent"))
    const subscribe = await load(fake)
    expect(await subscribe(null, form("nobody"))).toEqual({ ok: false, message: "Enter a valid email address, like name@example.com." })
    expect(await subscribe(null, form(`a\u0000b@example.com`))).toMatchObject({ ok: false })
    expect(fake.calls).toHaveLength(0)
  })
})

describe("newsletter rate limit", () => {
  const tooMany = { ok: false, message: "Too many sign-ups from here. Please wait a minute." }

  it("counts the connecting address: a new X-Forwarded-For per request does not buy more sign-ups", async () => {
    let n = 0
    const forged = () => new Headers({ "x-forwarded-for": "198.51.100.1", [FORWARDED_FOR_AS_SENT]: `203.0.113.${++n}` })
    const subscribe = await load(cms(outcome("confirmation-sent")), forged)
    for (let i = 0; i < 5; i++) expect((await subscribe(null, form(`r${i}@example.com`)))?.ok).toBe(true)
    expect(await subscribe(null, form("r5@example.com"))).toEqual(tooMany)
  })

  it("behind a trusted proxy, counts each shopper the proxy names", async () => {
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8")
    let shopper = "203.0.113.1"
    const behindLoadBalancer = () => new Headers({ "x-forwarded-for": "10.0.0.2", [FORWARDED_FOR_AS_SENT]: shopper })
    const subscribe = await load(cms(outcome("confirmation-sent")), behindLoadBalancer)
    for (let i = 0; i < 5; i++) await subscribe(null, form(`s${i}@example.com`))
    expect(await subscribe(null, form("s5@example.com"))).toEqual(tooMany)
    shopper = "203.0.113.2"
    expect((await subscribe(null, form("t@example.com")))?.ok).toBe(true)
  })
})

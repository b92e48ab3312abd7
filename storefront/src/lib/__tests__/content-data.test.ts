import { afterEach, describe, expect, it, vi } from "vitest"
import { json } from "./checkout-commerce"
import { cookieJar } from "./cookie-jar"

const TOKEN = "h.eyJhY3Rvcl9pZCI6ImN1c18xIn0.s"
const event = { id: 7, title: "Lagos reading", slug: "lagos-reading", startsAt: "2999-01-01T18:00:00Z", capacity: 5, registrationOpen: true }

type Call = { method: string; url: URL; auth: string | null; init: RequestInit }

/**
 * Commerce knows one customer (cus_1) behind a live session and answers 401 for
 * any other token; the cms has one published event, and cus_1 holds registration 41.
 */
function backends({ sessionValid = true, emailVerified = true as boolean | "no answer" } = {}) {
  const calls: Call[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const auth = new Headers(init.headers).get("authorization")
    calls.push({ method: init.method ?? "GET", url, auth, init })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/store/customers/me/email-verification") {
      if (emailVerified === "no answer") return json({ message: "Unavailable" }, 503)
      return json({ email_verification: { email: "ngozi@example.com", verified: emailVerified, verified_at: emailVerified ? "2026-01-01T00:00:00Z" : null } })
    }
    if (url.pathname === "/store/customers/me") {
      if (!sessionValid || auth !== `Bearer ${TOKEN}`) return json({ message: "Unauthorized" }, 401)
      return json({ customer: { id: "cus_1", email: "ngozi@example.com", first_name: "Ngozi", last_name: "Eze" } })
    }
    if (url.pathname === "/api/events") return json({ docs: [event], totalDocs: 1, totalPages: 1 })
    if (url.pathname === "/api/event-registrations" && (init.method ?? "GET") === "GET") {
      const mine = url.searchParams.get("where[customerId][equals]") === "cus_1"
      return json({ docs: mine ? [{ id: 41, status: "registered" }] : [], totalDocs: mine ? 1 : 0, totalPages: 1 })
    }
    if (url.pathname === "/api/event-registrations") return json({ doc: { id: 42 } }, 201)
    if (url.pathname === "/api/event-registrations/41") return json({ doc: { id: 41, status: "cancelled" } })
    if (url.pathname === "/api/posts") return json({ docs: [], totalDocs: 0, totalPages: 0 })
    return json({ message: "Not found" }, 404)
  })
  return { fetchImpl, calls }
}

async function loadRsvp(fake: ReturnType<typeof backends>, jar = cookieJar({ shop_session: TOKEN })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies, draftMode: async () => ({ isEnabled: false }) }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return import("../actions/rsvp")
}

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

const cmsWrites = (calls: Call[]) => calls.filter((c) => c.url.port === "3001" && c.method !== "GET")

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("RSVP actions", () => {
  it("register the customer Medusa vouches for, with the storefront key, whatever the form claims", async () => {
    const fake = backends()
    const { changeRsvp } = await loadRsvp(fake)
    const state = await changeRsvp(null, form({ intent: "rsvp", event: "lagos-reading", customerId: "cus_someone_else" }))
    expect(state).toEqual({ ok: true, message: "You are registered. See you there!" })

    const me = fake.calls.findIndex((c) => c.url.pathname === "/store/customers/me")
    const [write] = cmsWrites(fake.calls)
    expect(me).toBeGreaterThanOrEqual(0)
    expect(fake.calls.indexOf(write!)).toBeGreaterThan(me)
    expect(write!.url.pathname).toBe("/api/event-registrations")
    expect(write!.auth).toBe("users API-Key dev-only-storefront-api-key")
    expect(JSON.parse(String(write!.init.body))).toEqual({ event: 7, customerId: "cus_1", name: "Ngozi Eze", email: "ngozi@example.com" })
  })

  it("refuse a reader whose email commerce says is not verified, and never reach the cms", async () => {
    const fake = backends({ emailVerified: false })
    const { changeRsvp } = await loadRsvp(fake)
    expect(await changeRsvp(null, form({ intent: "rsvp", event: "lagos-reading" }))).toEqual({
      ok: false,
      message: "Verify your email address to RSVP to events.",
    })
    const asked = fake.calls.find((c) => c.url.pathname === "/store/customers/me/email-verification")
    expect(asked!.auth).toBe(`Bearer ${TOKEN}`)
    expect(cmsWrites(fake.calls)).toEqual([])
  })

  it("hold the RSVP when commerce cannot say whether the email is verified", async () => {
    const fake = backends({ emailVerified: "no answer" })
    const { changeRsvp } = await loadRsvp(fake)
    expect(await changeRsvp(null, form({ intent: "rsvp", event: "lagos-reading" }))).toMatchObject({ ok: false, message: expect.stringMatching(/try again/) })
    expect(cmsWrites(fake.calls)).toEqual([])
  })

  it("ask an expired session to sign in and never reach the cms", async () => {
    const fake = backends({ sessionValid: false })
    const { changeRsvp } = await loadRsvp(fake)
    expect(await changeRsvp(null, form({ intent: "rsvp", event: "lagos-reading" }))).toEqual({ ok: false, message: "Sign in to RSVP." })
    expect(fake.calls.filter((c) => c.url.port === "3001")).toEqual([])
  })

  it("cancel only the shopper's own registration, found by the verified customer id", async () => {
    const fake = backends()
    const { changeRsvp } = await loadRsvp(fake)
    expect(await changeRsvp(null, form({ intent: "cancel", event: "lagos-reading", registration: "99" }))).toEqual({
      ok: true,
      message: "Your RSVP is cancelled.",
    })
    const lookup = fake.calls.find((c) => c.url.pathname === "/api/event-registrations" && c.method === "GET")
    expect(lookup!.url.searchParams.get("where[customerId][equals]")).toBe("cus_1")
    const [write] = cmsWrites(fake.calls)
    expect(write!.method).toBe("PATCH")
    expect(write!.url.pathname).toBe("/api/event-registrations/41")
    expect(JSON.parse(String(write!.init.body))).toEqual({ status: "cancelled" })
  })
})

describe("content reads", () => {
  async function loadPosts(previewing: boolean) {
    const fake = backends()
    vi.resetModules()
    vi.stubGlobal("fetch", fake.fetchImpl)
    vi.doMock("next/headers", () => ({ draftMode: async () => ({ isEnabled: previewing }) }))
    const { retrievePost } = await import("../data/posts")
    await retrievePost("a-post")
    return fake.calls.find((c) => c.url.pathname === "/api/posts")!
  }

  it("ask readers' posts for the published version only, cached, without the preview key", async () => {
    const call = await loadPosts(false)
    expect(call.url.searchParams.get("where[_status][equals]")).toBe("published")
    expect(call.url.searchParams.has("draft")).toBe(false)
    expect(call.auth).toBeNull()
    expect(call.init.cache).not.toBe("no-store")
  })

  it("ask for drafts only in draft mode, with the preview key and never cached", async () => {
    const call = await loadPosts(true)
    expect(call.url.searchParams.get("draft")).toBe("true")
    expect(call.url.searchParams.has("where[_status][equals]")).toBe(false)
    expect(call.auth).toBe("users API-Key dev-only-preview-api-key")
    expect(call.init.cache).toBe("no-store")
  })
})

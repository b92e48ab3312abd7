import { createHash } from "node:crypto"
import { afterEach, describe, expect, it, vi } from "vitest"
import { json } from "./checkout-commerce"
import { cookieJar } from "./cookie-jar"

const SESSION = "h.eyJhY3Rvcl9pZCI6ImN1c18xIn0.s"
const NGOZI_TOKEN = "N".repeat(43)
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex")
const DAY = 86_400_000
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString()

type Call = { method: string; url: URL; auth: string | null; body: unknown }

/**
 * The cms as the storefront key sees it: Ngozi (cus_1) has a feed and RSVPs to
 * events 7 (upcoming) and 8 (a year ago); Tunde (cus_2) has one to event 9.
 * The events answer filters by the ids and the start bound it is given.
 */
function cms({ feeds = [{ id: 3, customerId: "cus_1", tokenHash: sha256(NGOZI_TOKEN), updatedAt: "2026-12-01T10:00:00Z" }], down = false } = {}) {
  const events = [
    { id: 7, title: "Lagos reading", slug: "lagos-reading", startsAt: at(10), timeZone: "Africa/Lagos", venue: "Terra Kulture" },
    { id: 8, title: "Old launch", slug: "old-launch", startsAt: at(-365), timeZone: "Africa/Lagos", venue: null, onlineUrl: "https://meet.example.com/x" },
    { id: 9, title: "Tunde's workshop", slug: "tunde-workshop", startsAt: at(5), timeZone: "Africa/Lagos" },
  ]
  const rsvps = [
    { id: 41, customerId: "cus_1", event: 7 },
    { id: 42, customerId: "cus_1", event: 8 },
    { id: 43, customerId: "cus_2", event: 9 },
  ]
  const calls: Call[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const method = init.method ?? "GET"
    const q = url.searchParams
    calls.push({ method, url, auth: new Headers(init.headers).get("authorization"), body: init.body ? JSON.parse(String(init.body)) : undefined })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/store/customers/me") {
      if (new Headers(init.headers).get("authorization") !== `Bearer ${SESSION}`) return json({ message: "Unauthorized" }, 401)
      return json({ customer: { id: "cus_1", email: "ngozi@example.com" } })
    }
    if (down) return json({ errors: [{ message: "down" }] }, 503)
    const list = (docs: unknown[]) => json({ docs, totalDocs: docs.length, totalPages: 1 })
    if (url.pathname === "/api/calendar-feeds" && method === "GET") {
      const hash = q.get("where[tokenHash][equals]")
      const customer = q.get("where[customerId][equals]")
      return list(feeds.filter((f) => (hash ? f.tokenHash === hash : f.customerId === customer)))
    }
    if (url.pathname.startsWith("/api/calendar-feeds")) return json({ doc: { id: 3 } }, method === "POST" ? 201 : 200)
    if (url.pathname === "/api/event-registrations") return list(rsvps.filter((r) => r.customerId === q.get("where[customerId][equals]")))
    if (url.pathname === "/api/events") {
      const ids = (q.get("where[id][in]") ?? "").split(",").map(Number)
      const from = q.get("where[startsAt][greater_than_equal]")
      return list(events.filter((e) => ids.includes(e.id) && (!from || e.startsAt >= from)))
    }
    return json({ message: "Not found" }, 404)
  })
  return { fetchImpl, calls }
}

async function loadFeedRoute(fake: ReturnType<typeof cms>) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.spyOn(console, "error").mockImplementation(() => {})
  const { GET } = await import("../../app/api/calendar/[file]/route")
  return (file: string) => GET(new Request(`http://localhost:8000/api/calendar/${file}`), { params: Promise.resolve({ file }) })
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("the private calendar feed", () => {
  it("lists the token owner's upcoming and recent RSVPs, and nobody else's, privately", async () => {
    const fake = cms()
    const res = await (await loadFeedRoute(fake))(`${NGOZI_TOKEN}.ics`)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8")
    expect(res.headers.get("cache-control")).toBe("private, no-store")
    const body = (await res.text()).replace(/\r\n /g, "")
    expect(body).toContain("UID:event-7@localhost")
    expect(body).not.toContain("tunde-workshop")
    // A year ago is past the feed's window.
    expect(body).not.toContain("old-launch")
    // The secret never leaves for the cms: only its hash is asked about.
    expect(fake.calls.some((c) => c.url.toString().includes(NGOZI_TOKEN))).toBe(false)
    const registrations = fake.calls.find((c) => c.url.pathname === "/api/event-registrations")
    expect(registrations?.url.searchParams.get("where[customerId][equals]")).toBe("cus_1")
    expect(registrations?.url.searchParams.get("where[status][equals]")).toBe("registered")
  })

  it("answers 404 for an unknown, reset or malformed token, and for a name without .ics", async () => {
    const get = await loadFeedRoute(cms())
    for (const file of [`${"X".repeat(43)}.ics`, "short.ics", `${NGOZI_TOKEN}.txt`, NGOZI_TOKEN]) {
      const res = await get(file)
      expect(res.status).toBe(404)
      expect(res.headers.get("cache-control")).toBe("private, no-store")
    }
  })

  it("says the calendar is unavailable (503), not missing, while the cms is down", async () => {
    const res = await (await loadFeedRoute(cms({ down: true })))(`${NGOZI_TOKEN}.ics`)
    expect(res.status).toBe(503)
  })
})

describe("resetCalendarFeed", () => {
  async function loadAction(fake: ReturnType<typeof cms>, jar = cookieJar({ shop_session: SESSION })) {
    vi.resetModules()
    vi.stubGlobal("fetch", fake.fetchImpl)
    vi.doMock("next/headers", () => ({ cookies: jar.cookies, draftMode: async () => ({ isEnabled: false }) }))
    vi.spyOn(console, "error").mockImplementation(() => {})
    return import("../actions/calendar-feed")
  }
  const writes = (calls: Call[]) => calls.filter((c) => c.url.pathname.startsWith("/api/calendar-feeds") && c.method !== "GET")

  it("replaces the reader's token with a fresh 256-bit one, storing only its hash, and shows the new link once", async () => {
    const fake = cms()
    const { resetCalendarFeed } = await loadAction(fake)
    const state = await resetCalendarFeed(null, new FormData())
    if (!state?.ok) throw new Error(`expected a link, got ${JSON.stringify(state)}`)
    const token = /\/api\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(state.url)?.[1]
    expect(token).toBeDefined()
    expect(token).not.toBe(NGOZI_TOKEN)
    const [write] = writes(fake.calls)
    expect(write).toMatchObject({ method: "PATCH", body: { tokenHash: sha256(token as string) } })
    expect(write?.url.pathname).toBe("/api/calendar-feeds/3")
    expect(JSON.stringify(write?.body)).not.toContain(token)
    expect(write?.auth).toMatch(/^users API-Key /)
  })

  it("makes a first feed for a reader who has none, keyed by their own customer id", async () => {
    const fake = cms({ feeds: [] })
    const { resetCalendarFeed } = await loadAction(fake)
    expect(await resetCalendarFeed(null, new FormData())).toMatchObject({ ok: true })
    expect(writes(fake.calls)).toMatchObject([{ method: "POST", body: { customerId: "cus_1" } }])
  })

  it("does nothing for a signed-out visitor, and says so when the cms refuses", async () => {
    const signedOut = cms()
    const { resetCalendarFeed } = await loadAction(signedOut, cookieJar({}))
    expect(await resetCalendarFeed(null, new FormData())).toEqual({ ok: false, message: "Sign in to get your calendar link." })
    expect(writes(signedOut.calls)).toEqual([])
    const down = await loadAction(cms({ down: true }))
    expect(await down.resetCalendarFeed(null, new FormData())).toMatchObject({ ok: false, message: expect.stringMatching(/could not be made/) })
  })
})

describe("an event's calendar file", () => {
  async function loadEventIcs(fake: ReturnType<typeof cms>) {
    vi.resetModules()
    vi.stubGlobal("fetch", fake.fetchImpl)
    vi.spyOn(console, "error").mockImplementation(() => {})
    const { GET } = await import("../../app/api/events/[slug]/ics/route")
    return (slug: string) => GET(new Request(`http://localhost:8000/api/events/${slug}/ics`), { params: Promise.resolve({ slug }) })
  }

  it("is a public download of the published event, with the same UID as the feed", async () => {
    const fake = cms()
    const events = [{ id: 7, title: "Lagos reading", slug: "lagos-reading", startsAt: "2026-12-19T17:00:00.000Z", timeZone: "Africa/Lagos", venue: "Terra Kulture" }]
    fake.fetchImpl.mockImplementation(async (input: RequestInfo | URL) => {
      const url = new URL(input.toString())
      const found = url.searchParams.get("where[slug][equals]") === "lagos-reading" && url.searchParams.get("where[_status][equals]") === "published"
      return json({ docs: found ? events : [], totalDocs: found ? 1 : 0, totalPages: 1 })
    })
    const get = await loadEventIcs(fake)
    const res = await get("lagos-reading")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8")
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="lagos-reading.ics"')
    const body = (await res.text()).replace(/\r\n /g, "")
    expect(body).toContain("\r\nUID:event-7@localhost\r\n")
    expect(body).toContain("\r\nDTSTART:20261219T170000Z\r\n")
    expect((await get("no-such-event")).status).toBe(404)
    expect((await get("Not A Slug")).status).toBe(400)
  })
})

describe("listMyEvents", () => {
  it("asks the cms for the reader's own events only: upcoming soonest first, past most recent first", async () => {
    const fake = cms()
    vi.resetModules()
    vi.stubGlobal("fetch", fake.fetchImpl)
    const { listMyEvents } = await import("../data/my-events")
    const now = new Date()
    const { upcoming } = await listMyEvents("cus_1", now)
    expect(upcoming.map((e) => [e.slug, e.registrationId])).toEqual([["lagos-reading", 41]])
    const queries = fake.calls.filter((c) => c.url.pathname === "/api/events").map((c) => c.url.searchParams)
    expect(queries.map((q) => [q.get("where[id][in]"), q.get("sort"), q.get("where[_status][equals]")])).toEqual([
      ["7,8", "startsAt", "published"],
      ["7,8", "-startsAt", "published"],
    ])
    expect(queries[0]?.get("where[startsAt][greater_than_equal]")).toBe(now.toISOString())
    expect(queries[1]?.get("where[startsAt][less_than]")).toBe(now.toISOString())
  })
})

import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

const EXP = Math.floor(Date.now() / 1000) + 3600
const token = (actor: string, iat = 1) => ["h", Buffer.from(JSON.stringify({ actor_id: actor, iat, exp: EXP })).toString("base64url"), "s"].join(".")

type Routes = Record<string, () => Response>

/** A fake commerce answering only the account-security routes a test names. */
function commerce(routes: Routes = {}) {
  const calls: { method: string; path: string; headers: Headers; body: unknown }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const method = init.method ?? "GET"
    calls.push({ method, path: url.pathname, headers: new Headers(init.headers), body: init.body ? JSON.parse(String(init.body)) : null })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    const answer = routes[`${method} ${url.pathname}`]
    return answer ? answer() : json({ message: "unexpected" }, 500)
  })
  return { fetchImpl, calls }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: token("cus_1"), shop_cart: "cart_1" })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies, headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return { ...(await import("../actions/account-security")), jar }
}

const passwordForm = (current = "old-password-1", next = "new-password-2", confirm = next) => {
  const form = new FormData()
  form.set("countryCode", "ng")
  form.set("current_password", current)
  form.set("new_password", next)
  form.set("confirm", confirm)
  return form
}

const redirectTarget = async (promise: Promise<unknown>) => {
  const error = (await promise.then(() => null, (e: unknown) => e)) as { digest?: string } | null
  return error?.digest?.split(";")[2] ?? null
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("updatePassword", () => {
  it("sends both passwords with the reader's session and keeps the fresh token commerce gives back", async () => {
    const fresh = token("cus_1", 99)
    const fake = commerce({ "POST /store/customers/me/password": () => json({ token: fresh }) })
    const { updatePassword, jar } = await load(fake)
    expect(await updatePassword(null, passwordForm())).toMatchObject({ ok: true, message: expect.stringMatching(/password has been changed/) })
    const call = fake.calls.find((c) => c.path === "/store/customers/me/password")!
    expect(call.body).toEqual({ current_password: "old-password-1", new_password: "new-password-2" })
    expect(call.headers.get("authorization")).toBe(`Bearer ${token("cus_1")}`)
    expect(call.headers.get("x-publishable-api-key")).toBe("pk_test")
    expect(jar.values.get("shop_session")).toBe(fresh)
  })

  it("checks the form first: registration's length rule, matching confirmation, a password that changes", async () => {
    const fake = commerce()
    const { updatePassword } = await load(fake)
    expect((await updatePassword(null, passwordForm("old-password-1", "short")))?.errors?.new_password).toMatch(/at least 8 characters/)
    expect((await updatePassword(null, passwordForm("old-password-1", "new-password-2", "other-one-3")))?.errors?.confirm).toMatch(/do not match/)
    expect((await updatePassword(null, passwordForm("same-password", "same-password")))?.errors?.new_password).toMatch(/differs/)
    expect(fake.calls.filter((c) => c.path.startsWith("/store"))).toEqual([])
  })

  it("says the current password is wrong on its field, and keeps the session", async () => {
    const fake = commerce({ "POST /store/customers/me/password": () => json({ type: "invalid_data", message: "The current password is not right." }, 400) })
    const { updatePassword, jar } = await load(fake)
    expect(await updatePassword(null, passwordForm())).toEqual({ ok: false, errors: { current_password: "That is not your current password." } })
    expect(jar.sets).toEqual([])
  })

  it("says how long to wait when commerce throttles the guesses", async () => {
    const fake = commerce({ "POST /store/customers/me/password": () => json({ message: "Too many" }, 429, { "retry-after": "300" }) })
    const { updatePassword } = await load(fake)
    expect(await updatePassword(null, passwordForm())).toEqual({ ok: false, message: "Too many attempts. Please wait 5 minutes and try again." })
  })
})

describe("signOutEverywhere", () => {
  const form = () => {
    const f = new FormData()
    f.set("countryCode", "ng")
    return f
  }

  it("ends every session in commerce, forgets this browser's, and sends the reader to sign in", async () => {
    const fake = commerce({ "DELETE /store/customers/me/sessions": () => json({ signed_out: true }) })
    const { signOutEverywhere, jar } = await load(fake)
    expect(await redirectTarget(signOutEverywhere(form()))).toBe("/ng/account/login?signed_out=everywhere")
    expect(fake.calls.some((c) => c.method === "DELETE" && c.path === "/store/customers/me/sessions")).toBe(true)
    expect(jar.values.has("shop_session")).toBe(false)
    expect(jar.values.has("shop_cart")).toBe(false)
  })

  it("does not pretend to have signed out when commerce failed", async () => {
    const fake = commerce({ "DELETE /store/customers/me/sessions": () => json({ message: "boom" }, 500) })
    const { signOutEverywhere, jar } = await load(fake)
    await expect(signOutEverywhere(form())).rejects.toBeDefined()
    expect(jar.values.has("shop_session")).toBe(true)
  })
})

describe("GET /api/account/export", () => {
  const exported = { profile: { id: "cus_1", email: "ada@example.com" }, orders: [], marketing: { opt_out: false } }
  const subscription = { status: "confirmed", signed_up_at: "2026-10-01T09:00:00.000Z", confirmed_at: "2026-10-01T09:05:00.000Z", unsubscribed_at: null, source: "storefront", tags: [] }
  const rsvpDocs = () =>
    json({ docs: [{ status: "registered", createdAt: "2026-11-01T10:00:00.000Z", event: { title: "Book launch", slug: "book-launch", startsAt: "2026-12-20T18:00:00.000Z" } }] })

  const loadRoute = async (fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: token("cus_1") })) => {
    await load(fake, jar)
    return (await import("../../app/api/account/export/route")).GET
  }

  it("adds the reader's RSVPs (by their customer id) and newsletter status (of their own address) from the cms to commerce's export, as a file", async () => {
    const fake = commerce({
      "GET /store/customers/me/export": () => json(exported),
      "GET /api/event-registrations": rsvpDocs,
      "POST /api/reader-data/newsletter": () => json({ email: "ada@example.com", newsletter: subscription, marketing_suppressed: null }),
    })
    const res = await (await loadRoute(fake))()
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="my-data-.+\.json"$/)
    expect(res.headers.get("cache-control")).toBe("private, no-store")
    const body = await res.json()
    expect(body.profile.id).toBe("cus_1")
    expect(body.event_rsvps).toEqual([
      { event: { title: "Book launch", slug: "book-launch", starts_at: "2026-12-20T18:00:00.000Z" }, status: "registered", rsvped_at: "2026-11-01T10:00:00.000Z" },
    ])
    expect(body.newsletter).toEqual({ subscription, marketing_suppressed: null })
    expect(body).not.toHaveProperty("not_included")
    const cmsUrl = new URL(String(fake.fetchImpl.mock.calls.find(([u]) => String(u).includes("event-registrations"))![0]))
    expect(cmsUrl.searchParams.get("where[customerId][equals]")).toBe("cus_1")
    // Asked for the reader's own address, the one commerce gave, with the storefront's key.
    const asked = fake.calls.find((c) => c.path === "/api/reader-data/newsletter")!
    expect(asked).toMatchObject({ method: "POST", body: { email: "ada@example.com" } })
    expect(asked.headers.get("authorization")).toBe("users API-Key dev-only-storefront-api-key")
  })

  it("says so for a reader who never subscribed, and keeps an unsubscribe with its date", async () => {
    const left = { ...subscription, status: "unsubscribed", unsubscribed_at: "2026-11-20T08:00:00.000Z" }
    const fake = commerce({
      "GET /store/customers/me/export": () => json(exported),
      "GET /api/event-registrations": () => json({ docs: [] }),
      "POST /api/reader-data/newsletter": () => json({ email: "ada@example.com", newsletter: left, marketing_suppressed: { reason: "unsubscribed", since: "2026-11-20T08:00:00.000Z" } }),
    })
    expect((await (await (await loadRoute(fake))()).json()).newsletter).toEqual({ subscription: left, marketing_suppressed: { reason: "unsubscribed", since: "2026-11-20T08:00:00.000Z" } })

    const never = commerce({
      "GET /store/customers/me/export": () => json(exported),
      "GET /api/event-registrations": () => json({ docs: [] }),
      "POST /api/reader-data/newsletter": () => json({ email: "ada@example.com", newsletter: null, marketing_suppressed: null }),
    })
    const body = await (await (await loadRoute(never))()).json()
    expect(body.newsletter).toEqual({ subscription: null, marketing_suppressed: null })
    expect(body).not.toHaveProperty("not_included")
  })

  it("still gives commerce's data, saying RSVPs and the newsletter status are missing, when the cms is down", async () => {
    const fake = commerce({
      "GET /store/customers/me/export": () => json(exported),
      "GET /api/event-registrations": () => json({}, 503),
      "POST /api/reader-data/newsletter": () => json({}, 503),
    })
    const body = await (await (await loadRoute(fake))()).json()
    expect(body.profile.email).toBe("ada@example.com")
    expect(body.event_rsvps).toBeNull()
    expect(body.newsletter).toBeNull()
    expect(body.not_included).toEqual([expect.stringMatching(/^Event RSVPs: /), expect.stringMatching(/^Newsletter subscription: /)])
  })

  it("answers 401 without a session, asking commerce nothing", async () => {
    const fake = commerce()
    const res = await (await loadRoute(fake, cookieJar()))()
    expect(res.status).toBe(401)
    expect(fake.calls).toEqual([])
  })
})

describe("removeAccount", () => {
  const deleteForm = (password = "my-password-1", tick = true) => {
    const f = new FormData()
    f.set("countryCode", "ng")
    f.set("password", password)
    if (tick) f.set("confirm_delete", "on")
    return f
  }

  it("needs the password and the tick before asking commerce", async () => {
    const fake = commerce()
    const { removeAccount } = await load(fake)
    expect(await removeAccount(null, deleteForm("", false))).toMatchObject({
      ok: false,
      message: "Tick the box to confirm you want your account deleted.",
      errors: { password: "Enter your password to confirm." },
    })
    expect(fake.calls.filter((c) => c.path.startsWith("/store"))).toEqual([])
  })

  it("says a wrong password on its field and keeps the reader signed in", async () => {
    const fake = commerce({ "POST /store/customers/me/delete": () => json({ message: "The password is not right." }, 400) })
    const { removeAccount, jar } = await load(fake)
    expect(await removeAccount(null, deleteForm())).toEqual({ ok: false, errors: { password: "That is not your password." } })
    expect(jar.values.has("shop_session")).toBe(true)
  })

  it("deletes the account with the password, forgets the session and cart, and says so on the sign-in page", async () => {
    const fake = commerce({ "POST /store/customers/me/delete": () => json({ deleted: true }) })
    const { removeAccount, jar } = await load(fake)
    expect(await redirectTarget(removeAccount(null, deleteForm()))).toBe("/ng/account/login?deleted=1")
    expect(fake.calls.find((c) => c.path === "/store/customers/me/delete")?.body).toEqual({ password: "my-password-1" })
    expect(jar.values.has("shop_session")).toBe(false)
    expect(jar.values.has("shop_cart")).toBe(false)
  })
})

describe("requestDeletionLink (an account without a password)", () => {
  const form = () => {
    const f = new FormData()
    f.set("countryCode", "ng")
    return f
  }

  it("asks commerce to email the link, with the reader's session, and keeps them signed in", async () => {
    const fake = commerce({ "POST /store/customers/me/delete": () => json({ sent: true }, 202) })
    const { requestDeletionLink, jar } = await load(fake)
    expect(await requestDeletionLink(null, form())).toEqual({ ok: true, message: expect.stringMatching(/emailed you a link.*30 minutes/) })
    const call = fake.calls.find((c) => c.path === "/store/customers/me/delete")!
    expect(call.body).toEqual({ confirm: "email" })
    expect(call.headers.get("authorization")).toBe(`Bearer ${token("cus_1")}`)
    expect(call.headers.get("x-forwarded-for")).toBe("203.0.113.7")
    expect(jar.values.has("shop_session")).toBe(true)
  })

  it("says how long to wait after three links in an hour", async () => {
    const fake = commerce({ "POST /store/customers/me/delete": () => json({ message: "Too many account deletion emails." }, 429, { "retry-after": "1800" }) })
    const { requestDeletionLink } = await load(fake)
    expect(await requestDeletionLink(null, form())).toEqual({ ok: false, message: "Too many attempts. Please wait 30 minutes and try again." })
  })

  it("sends a signed-out visitor to sign in without asking commerce", async () => {
    const fake = commerce()
    const { requestDeletionLink } = await load(fake, cookieJar({}))
    expect(await redirectTarget(requestDeletionLink(null, form()))).toBe("/ng/account/login")
    expect(fake.calls.filter((c) => c.path.startsWith("/store"))).toEqual([])
  })
})

describe("confirmAccountDeletion (the emailed link's page)", () => {
  const form = (t = "payload.signature") => {
    const f = new FormData()
    f.set("countryCode", "gh")
    f.set("token", t)
    return f
  }

  it("posts the token without needing a session, then signs this browser out and shows the account is deleted", async () => {
    const fake = commerce({ "POST /store/account-deletions": () => json({ deleted: true }) })
    const { confirmAccountDeletion, jar } = await load(fake)
    expect(await redirectTarget(confirmAccountDeletion(null, form()))).toBe("/gh/account/delete/done")
    const call = fake.calls.find((c) => c.path === "/store/account-deletions")!
    expect(call).toMatchObject({ method: "POST", body: { token: "payload.signature" } })
    expect(call.headers.get("x-publishable-api-key")).toBe("pk_test")
    expect(jar.values.has("shop_session")).toBe(false)
    expect(jar.values.has("shop_cart")).toBe(false)

    // Opened in another browser, with no session at all, it works the same.
    const elsewhere = commerce({ "POST /store/account-deletions": () => json({ deleted: true }) })
    const other = await load(elsewhere, cookieJar({}))
    expect(await redirectTarget(other.confirmAccountDeletion(null, form()))).toBe("/gh/account/delete/done")
  })

  it("says plainly why a link is refused, and signs nobody out", async () => {
    const cases: [Response, RegExp][] = [
      [json({ code: "link_invalid", message: "This account deletion link is not valid" }, 403), /not valid/],
      [json({ code: "link_expired", message: "This account deletion link has expired" }, 410), /expired: links work for 30 minutes/],
      [json({ code: "account_deleted", message: "This account has already been deleted" }, 410), /^This account has already been deleted\.$/],
    ]
    for (const [answer, message] of cases) {
      const fake = commerce({ "POST /store/account-deletions": () => answer })
      const { confirmAccountDeletion, jar } = await load(fake)
      expect(await confirmAccountDeletion(null, form())).toEqual({ ok: false, message: expect.stringMatching(message) })
      expect(jar.values.has("shop_session")).toBe(true)
    }
  })

  it("refuses a page with no token before asking commerce", async () => {
    const fake = commerce()
    const { confirmAccountDeletion } = await load(fake)
    expect(await confirmAccountDeletion(null, form(""))).toMatchObject({ ok: false, message: expect.stringMatching(/not valid/) })
    expect(fake.calls.filter((c) => c.path.startsWith("/store"))).toEqual([])
  })
})

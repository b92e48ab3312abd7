import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

type Call = { method: string; path: string; headers: Headers; body: unknown }

/** A fake commerce answering the notification routes with `answer`. */
function commerce(answer: (call: Call) => Response = () => json({})) {
  const calls: Call[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    const call = { method: init.method ?? "GET", path: url.pathname, headers: new Headers(init.headers), body: init.body ? JSON.parse(String(init.body)) : undefined }
    calls.push(call)
    return answer(call)
  })
  return { fetchImpl, calls }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: "token-1" })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies, headers: async () => new Headers() }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return import("../actions/community-notifications")
}

const redirectTarget = async (promise: Promise<unknown>) => {
  const error = (await promise.then(() => null, (e: unknown) => e)) as { digest?: string } | null
  return error?.digest?.split(";")[2] ?? null
}

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  data.set("countryCode", "ng")
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("notification actions", () => {
  it("open a notification: marked read as the signed-in member, then to the path commerce gives", async () => {
    const fake = commerce(() => json({ notification: { id: "cntf_1", path: "/community/book-club/cdis_1#reply-crep_2" } }))
    const { openNotificationAction } = await load(fake)
    expect(await redirectTarget(openNotificationAction(form({ id: "cntf_1", path: "https://evil.example" })))).toBe(
      "/ng/community/book-club/cdis_1#reply-crep_2"
    )
    expect(fake.calls[0]).toMatchObject({ method: "POST", path: "/store/community/notifications/cntf_1/read" })
    expect(fake.calls[0].headers.get("authorization")).toBe("Bearer token-1")
  })

  it("never follow a path that leaves the community, nor send an id that is not one", async () => {
    const fake = commerce(() => json({ notification: { id: "cntf_1", path: "//evil.example/x" } }))
    const { openNotificationAction } = await load(fake)
    expect(await redirectTarget(openNotificationAction(form({ id: "cntf_1" })))).toBe("/ng/community/notifications")
    expect(await redirectTarget(openNotificationAction(form({ id: "../members/me" })))).toBe("/ng/community/notifications")
    expect(fake.calls).toHaveLength(1)
  })

  it("mark all read and come back to the list", async () => {
    const fake = commerce(() => json({ marked: 3, unread: 0 }))
    const { markAllNotificationsReadAction } = await load(fake)
    expect(await redirectTarget(markAllNotificationsReadAction(form({})))).toBe("/ng/community/notifications?marked=all")
    expect(fake.calls[0]).toMatchObject({ method: "POST", path: "/store/community/notifications/read-all" })
  })

  it("save every kind's choice, and refuse a choice that is not one", async () => {
    const fake = commerce(() => json({ preferences: {} }))
    const { updateNotificationPreferencesAction } = await load(fake)
    const all = { reply: "email", mention: "digest", reaction: "off", badge: "in_app", moderation: "in_app", group_invite: "email" }
    expect(await updateNotificationPreferencesAction(null, form(all))).toEqual({ ok: true, message: "Your notification settings are saved." })
    expect(fake.calls[0]).toMatchObject({ method: "POST", path: "/store/community/notifications/preferences", body: all })
    const bad = await updateNotificationPreferencesAction(null, form({ ...all, mention: "sms" }))
    expect(bad).toMatchObject({ ok: false, message: "Choose how you hear about each kind." })
    expect(fake.calls).toHaveLength(1)
  })

  it("send a signed-out reader to sign in", async () => {
    const fake = commerce()
    const { markAllNotificationsReadAction } = await load(fake, cookieJar({}))
    expect(await redirectTarget(markAllNotificationsReadAction(form({})))).toBe("/ng/account/login?next=%2Fng%2Fcommunity%2Fnotifications")
    expect(fake.calls).toHaveLength(0)
  })
})

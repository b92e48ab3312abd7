import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"
import { fakeCommerce, form, json, redirectTarget, useFakeCommerce } from "./fake-commerce"

const commerce = fakeCommerce

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: "token-1" })) {
  useFakeCommerce(fake, jar)
  return import("../actions/community-notifications")
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

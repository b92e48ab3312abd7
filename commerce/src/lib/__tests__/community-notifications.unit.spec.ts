import { preferencesOf, updatedPreferences } from "../community/notification-preferences"
import { notificationText } from "../community/notification-text"
import type { NotificationRow } from "../../modules/community/lib/notifications"

const row = (over: Partial<NotificationRow>): NotificationRow => ({
  id: "cntf_1",
  kind: "mention",
  actor_id: "cmem_b",
  discussion_id: "cdis_1",
  reply_id: null,
  subject_id: null,
  data: null,
  read_at: null,
  created_at: new Date("2026-12-07T06:00:00Z"),
  actor_name: "Bola",
  actor_avatar_url: null,
  discussion_title: "Owls",
  category_slug: "book-club",
  ...over,
})

describe("notification preferences", () => {
  it("default to email for replies and the bell for everything else, and ignore stored nonsense", () => {
    expect(preferencesOf({ notify_on_reply: true, notification_preferences: { mention: "digest", badge: "sms" } })).toEqual({
      reply: "email",
      mention: "digest",
      reaction: "in_app",
      badge: "in_app",
      moderation: "in_app",
      group_invite: "in_app",
    })
  })

  it("keep the older reply switch and the reply choice in step", () => {
    expect(preferencesOf({ notify_on_reply: false }).reply).toBe("in_app")
    expect(preferencesOf({ notify_on_reply: false, notification_preferences: { reply: "digest" } }).reply).toBe("digest")
    expect(updatedPreferences({ notify_on_reply: true }, { reply: "off" })).toMatchObject({ notify_on_reply: false, notification_preferences: { reply: "off" } })
    expect(updatedPreferences({ notify_on_reply: false }, { reply: "email" })).toMatchObject({ notify_on_reply: true, notification_preferences: { reply: "email" } })
  })
})

describe("notification text", () => {
  it("says who did what where, in plain text, with a path into the thread", () => {
    expect(notificationText(row({ kind: "reply", reply_id: "crep_2" }))).toEqual({
      text: "Bola replied to your discussion “Owls”",
      detail: null,
      path: "/community/book-club/cdis_1#reply-crep_2",
    })
    expect(notificationText(row({ kind: "reaction", reply_id: "crep_2" })).text).toBe("Bola reacted to your reply in “Owls”")
    expect(notificationText(row({ kind: "badge", data: { badge_label: "First discussion" } }))).toMatchObject({
      text: "You earned the badge “First discussion”",
      path: "/community/me",
    })
    expect(notificationText(row({ kind: "moderation", data: { action: "hide", reason: "Spoilers" } }))).toMatchObject({
      text: "A moderator hid your discussion “Owls”",
      detail: "Reason: Spoilers",
    })
  })

  it("follows a group invitation's path only inside the community", () => {
    const invite = (path: string) => notificationText(row({ kind: "group_invite", actor_name: null, data: { group_name: "Night owls", path } }))
    expect(invite("/community/groups/night-owls")).toEqual({ text: "The community team invited you to the group “Night owls”", detail: null, path: "/community/groups/night-owls" })
    expect(invite("https://evil.example").path).toBe("/community")
    expect(invite("/community/../account").path).toBe("/community")
  })
})

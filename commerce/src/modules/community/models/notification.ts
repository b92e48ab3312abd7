import { model } from "@medusajs/framework/utils"

/** What a member can be told about. `group_invite` is created by other code through `notifyMember` (src/lib/community/notify.ts). */
export const NOTIFICATION_KINDS = ["reply", "mention", "reaction", "badge", "moderation", "group_invite"] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/**
 * How a member hears about one kind: `in_app` (the bell only), `email` (the
 * bell and an email at once), `digest` (the bell and the day's digest email)
 * or `off` (nothing is created at all).
 */
export const NOTIFICATION_DELIVERIES = ["in_app", "email", "digest", "off"] as const
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number]

/** Replies are emailed as they always were; everything else starts in the bell only. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  reply: "email",
  mention: "in_app",
  reaction: "in_app",
  badge: "in_app",
  moderation: "in_app",
  group_invite: "in_app",
}

/**
 * One thing a member is told about in the bell. `source_key` names the event
 * that caused it (`mention:<post>:<member>`, `reaction:<member>:<post>`, ...):
 * unique, so a retried or racing subscriber creates it once.
 */
export const Notification = model
  .define("community_notification", {
    id: model.id({ prefix: "cntf" }).primaryKey(),
    recipient_id: model.text(),
    kind: model.enum([...NOTIFICATION_KINDS]),
    /** The member who caused it; null for staff and the system (badges, moderation). */
    actor_id: model.text().nullable(),
    discussion_id: model.text().nullable(),
    reply_id: model.text().nullable(),
    /** What else it is about: a badge, a moderation log entry, a group. */
    subject_id: model.text().nullable(),
    /** Small facts for its text, plain strings only (a reaction's kind, a badge's name, a moderation action and reason). */
    data: model.json().nullable(),
    source_key: model.text(),
    read_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["source_key"], unique: true },
    // The bell's count: a member's unread ones.
    { on: ["recipient_id", "read_at"] },
    // The list, newest first, paged by (created_at, id).
    { on: ["recipient_id", "created_at"] },
  ])

import { model } from "@medusajs/framework/utils"

/** The badges a member earns by what they do; `staff_award` is the one staff give by hand, named by its `label`. */
export const BADGE_KINDS = ["first_discussion", "helpful_replier", "course_graduate", "verified_buyer", "event_attendee", "one_year_member", "staff_award"] as const
export type BadgeKind = (typeof BADGE_KINDS)[number]
export type AutomaticBadgeKind = Exclude<BadgeKind, "staff_award">

/** What each automatic badge is called wherever it is shown. */
export const BADGE_NAMES: Record<AutomaticBadgeKind, string> = {
  first_discussion: "First discussion",
  helpful_replier: "Helpful replier",
  course_graduate: "Course graduate",
  verified_buyer: "Verified reader",
  event_attendee: "Event attendee",
  one_year_member: "One year a member",
}

/**
 * A badge awarded to a member. An automatic kind is held at most once per
 * member (the unique index), so retries and racing subscribers award it once;
 * a revoked (soft-deleted) one is not awarded again either: the service's
 * award skips kinds the member ever held. A staff award is unique per member
 * and label while it stands.
 */
export const Badge = model
  .define("community_badge", {
    id: model.id({ prefix: "cbdg" }).primaryKey(),
    member_id: model.text(),
    kind: model.enum([...BADGE_KINDS]),
    /** A staff award's name ("Book club host"); null for automatic kinds, which the storefront names. */
    label: model.text().nullable(),
    note: model.text().nullable(),
    /** The staff user who awarded it by hand; null for automatic kinds. */
    awarded_by: model.text().nullable(),
    awarded_at: model.dateTime(),
  })
  .indexes([
    { on: ["member_id", "kind"], unique: true, where: "kind != 'staff_award'" },
    { on: ["member_id", "label"], unique: true, where: "kind = 'staff_award' AND deleted_at IS NULL" },
    { on: ["member_id", "awarded_at"] },
    // The feed: badges newest first.
    { on: ["awarded_at"] },
  ])

import { model } from "@medusajs/framework/utils"

export const MEMBERSHIP_STATUSES = ["active", "requested", "invited"] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]
export const GROUP_ROLES = ["member", "moderator"] as const
export type GroupRole = (typeof GROUP_ROLES)[number]

/**
 * A member's place in a group: `active` (a member), `requested` (asked to join
 * a private group) or `invited` (staff or a group moderator asked them). One
 * per member and group (the unique index), so racing joins make one row. A
 * group moderator (`role`) hides and restores posts in that group only.
 */
export const GroupMembership = model
  .define("community_group_membership", {
    id: model.id({ prefix: "cgmb" }).primaryKey(),
    group_id: model.text(),
    member_id: model.text(),
    status: model.enum([...MEMBERSHIP_STATUSES]),
    role: model.enum([...GROUP_ROLES]).default("member"),
    /** Who invited them or decided their request: a staff user id or a member id. */
    decided_by: model.text().nullable(),
  })
  .indexes([
    { on: ["group_id", "member_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["member_id", "status"] },
    { on: ["group_id", "status"] },
    // The feed's "a group's newest members" reads IDX_community_group_membership_group_newest, (group_id,
    // created_at, id COLLATE "C") of active memberships: SQL in Migration20261207122033, as a model cannot
    // declare a collation.
  ])

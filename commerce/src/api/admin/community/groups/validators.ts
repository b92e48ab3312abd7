import { z } from "@medusajs/framework/zod"
import { slugFromName, slugShapeProblem } from "../../../../modules/community/lib/category-slug"
import { GROUP_VISIBILITIES } from "../../../../modules/community/models/group"
import { MEMBERSHIP_STATUSES } from "../../../../modules/community/models/group-membership"
import { humanText, optionalHumanText, refined } from "../human-zod"

const slug = refined((value) => (typeof value === "string" ? slugShapeProblem(value) : "The web address must be text")).transform((value) => value as string)
const imageUrl = refined((value) => {
  if (value === undefined || value === null || value === "") return null
  if (typeof value !== "string" || !/^https:\/\/[^\s]+$/.test(value) || value.length > 500) return "The image must be an https:// address of at most 500 characters"
  return null
})
  .transform((value) => (typeof value === "string" && value ? value : value === undefined ? undefined : null))
  .optional()
const visibility = refined((value) =>
  value === undefined || (GROUP_VISIBILITIES as readonly unknown[]).includes(value) ? null : "Visibility must be public or private (by request or invitation)"
)
  .transform((value) => value as (typeof GROUP_VISIBILITIES)[number] | undefined)
  .optional()

const groupFields = {
  name: humanText("The name", { min: 2, max: 60, required: "Give the group a name" }),
  slug: slug.optional(),
  description: optionalHumanText("The description", 2000),
  image_url: imageUrl,
  visibility,
  /** An optional note for the log. */
  reason: optionalHumanText("The note", 500),
}

/** A new group, public unless said otherwise; without a slug, one is made from the name. */
export const AdminCreateGroup = z
  .object(groupFields)
  .strict()
  .transform((g) => ({ ...g, slug: g.slug ?? slugFromName(g.name), visibility: g.visibility ?? ("public" as const) }))
export type AdminCreateGroupType = z.infer<typeof AdminCreateGroup>

export const AdminUpdateGroup = z
  .object({ ...groupFields, name: groupFields.name.optional() })
  .strict()
  .refine(
    (g) => [g.name, g.slug, g.description, g.image_url, g.visibility].some((v) => v !== undefined),
    "Change the name, web address, description, image or visibility"
  )
export type AdminUpdateGroupType = z.infer<typeof AdminUpdateGroup>

export const AdminArchiveGroup = z.object({ reason: optionalHumanText("The note", 500) }).strict()
export type AdminArchiveGroupType = z.infer<typeof AdminArchiveGroup>

export const AdminListGroupMembers = z.object({
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListGroupMembersType = z.infer<typeof AdminListGroupMembers>

export const AdminInviteToGroup = z.object({ member_id: z.string({ error: "member_id is required" }).min(1).max(100) }).strict()
export type AdminInviteToGroupType = z.infer<typeof AdminInviteToGroup>

const ACTIONS = ["approve", "decline", "remove", "promote", "demote"] as const
export const AdminDecideMembership = z
  .object({
    action: z.enum(ACTIONS, { error: `action must be one of ${ACTIONS.join(", ")}` }),
    reason: optionalHumanText("The note", 500),
  })
  .strict()
export type AdminDecideMembershipType = z.infer<typeof AdminDecideMembership>

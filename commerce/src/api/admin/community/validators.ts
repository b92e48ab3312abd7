import { z } from "@medusajs/framework/zod"
import { categorySlugProblem, slugFromName } from "../../../modules/community/lib/category-slug"
import { MODERATION_ACTIONS } from "../../../workflows/community/steps/apply-moderation"
import { LOGGED_ACTIONS } from "../../../workflows/community/steps/log-moderation"
import { humanText, optionalHumanText, refined } from "./human-zod"

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const AdminListReports = z.object({ status: z.enum(["open", "resolved", "dismissed"]).default("open"), ...paging })
export type AdminListReportsType = z.infer<typeof AdminListReports>

export const AdminListDiscussions = z.object({
  q: z.string().trim().max(100).optional(),
  visibility: z.enum(["visible", "hidden"]).optional(),
  ...paging,
})
export type AdminListDiscussionsType = z.infer<typeof AdminListDiscussions>

export const AdminListMembers = z.object({
  /** Part of a display name or an email address. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(["active", "suspended"]).optional(),
  role: z.enum(["member", "moderator"]).optional(),
  ...paging,
})
export type AdminListMembersType = z.infer<typeof AdminListMembers>

export const AdminListModerationLog = z.object({
  actor_type: z.enum(["staff", "moderator"]).optional(),
  actor_id: z.string().max(100).optional(),
  action: z.enum(LOGGED_ACTIONS).optional(),
  target_type: z.enum(["discussion", "reply", "member", "category", "group"]).optional(),
  target_id: z.string().max(100).optional(),
  ...paging,
})
export type AdminListModerationLogType = z.infer<typeof AdminListModerationLog>

const REASON_REQUIRED = "Give a reason: it is kept in the moderation log"

export const AdminModerate = z
  .object({
    action: z.enum(MODERATION_ACTIONS, { error: `action must be one of ${MODERATION_ACTIONS.join(", ")}` }),
    target_type: z.enum(["discussion", "reply", "member"], { error: "target_type must be discussion, reply or member" }),
    target_id: z.string({ error: "target_id is required" }).min(1).max(100),
    reason: humanText("The reason", { min: 3, max: 500, required: REASON_REQUIRED }),
  })
  .strict()
export type AdminModerateType = z.infer<typeof AdminModerate>

const slug = refined((value) => (typeof value === "string" ? categorySlugProblem(value) : "The web address must be text")).transform(
  (value) => value as string
)
const categoryFields = {
  name: humanText("The name", { min: 2, max: 60, required: "Give the category a name" }),
  slug: slug.optional(),
  description: optionalHumanText("The description", 500),
  /** An optional note for the log. */
  reason: optionalHumanText("The note", 500),
}

/** A new category; without a slug, one is made from the name. */
export const AdminCreateCategory = z
  .object(categoryFields)
  .strict()
  .transform((c) => ({ ...c, slug: c.slug ?? slugFromName(c.name) }))
export type AdminCreateCategoryType = z.infer<typeof AdminCreateCategory>

export const AdminUpdateCategory = z
  .object({ ...categoryFields, name: categoryFields.name.optional() })
  .strict()
  .refine((c) => c.name !== undefined || c.slug !== undefined || c.description !== undefined, "Change the name, the web address or the description")
export type AdminUpdateCategoryType = z.infer<typeof AdminUpdateCategory>

export const AdminArchiveCategory = z.object({ reason: optionalHumanText("The note", 500) }).strict()
export type AdminArchiveCategoryType = z.infer<typeof AdminArchiveCategory>

export const AdminMoveCategory = z
  .object({
    position: refined((v) => (Number.isInteger(v) && (v as number) >= 0 ? null : "The position must be a whole number from 0 (first)")).transform(
      (v) => v as number
    ),
  })
  .strict()
export type AdminMoveCategoryType = z.infer<typeof AdminMoveCategory>

export const AdminAwardBadge = z
  .object({
    label: humanText("The badge's name", { min: 2, max: 40, required: "Name the badge (e.g. Book club host)" }),
    note: humanText("The note", { min: 3, max: 500, required: "Say why the member earns it: the note is kept in the moderation log" }),
  })
  .strict()
export type AdminAwardBadgeType = z.infer<typeof AdminAwardBadge>

export const AdminRevokeBadge = z
  .object({ reason: humanText("The reason", { min: 3, max: 500, required: REASON_REQUIRED }) })
  .strict()
export type AdminRevokeBadgeType = z.infer<typeof AdminRevokeBadge>

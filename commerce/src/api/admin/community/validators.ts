import { z } from "@medusajs/framework/zod"
import { MODERATION_ACTIONS } from "../../../workflows/community/steps/apply-moderation"

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
  q: z.string().trim().max(100).optional(),
  status: z.enum(["active", "suspended"]).optional(),
  ...paging,
})
export type AdminListMembersType = z.infer<typeof AdminListMembers>

export const AdminListModerationLog = z.object({
  target_type: z.enum(["discussion", "reply", "member"]).optional(),
  target_id: z.string().max(100).optional(),
  ...paging,
})
export type AdminListModerationLogType = z.infer<typeof AdminListModerationLog>

export const AdminModerate = z
  .object({
    action: z.enum(MODERATION_ACTIONS, { error: `action must be one of ${MODERATION_ACTIONS.join(", ")}` }),
    target_type: z.enum(["discussion", "reply", "member"], { error: "target_type must be discussion, reply or member" }),
    target_id: z.string({ error: "target_id is required" }).min(1).max(100),
    reason: z.string({ error: "reason is required" }).trim().min(3, "reason must say why (at least 3 characters)").max(500),
  })
  .strict()
export type AdminModerateType = z.infer<typeof AdminModerate>

import { z } from "@medusajs/framework/zod"

export const StoreDecideRequest = z
  .object({ action: z.enum(["approve", "decline"], { error: "action must be approve or decline" }) })
  .strict()
export type StoreDecideRequestType = z.infer<typeof StoreDecideRequest>

export const StoreInviteToGroup = z.object({ member_id: z.string({ error: "member_id is required" }).min(1).max(100) }).strict()
export type StoreInviteToGroupType = z.infer<typeof StoreInviteToGroup>

import { z } from "@medusajs/framework/zod"

export const VendorInviteMember = z
  .object({
    email: z.string({ error: "email is required: who to invite" }).trim().toLowerCase().email("email is not a valid email address").max(254),
  })
  .strict()
export type VendorInviteMemberType = z.infer<typeof VendorInviteMember>

export const VendorAcceptInvitation = z
  .object({
    token: z.string({ error: "token is required: the one from the invitation link" }).trim().min(20, "token is not an invitation's").max(200, "token is not an invitation's"),
  })
  .strict()
export type VendorAcceptInvitationType = z.infer<typeof VendorAcceptInvitation>

/** GET /vendors/me/payouts takes no filter: a vendor_id (anyone's) is refused, never read. */
export const VendorListPayouts = z.object({}).strict()

import { z } from "@medusajs/framework/zod"

export const DECISION_REASON_MAX = 500

export const AdminListVendors = z.object({
  status: z.enum(["pending", "approved", "rejected", "suspended"], { error: "status must be pending, approved, rejected or suspended" }).optional(),
  limit: z.coerce.number().int().refine((n) => n >= 1 && n <= 100, "limit must be from 1 to 100").default(50),
  offset: z.coerce.number().int().refine((n) => n >= 0, "offset must be 0 or more").default(0),
})
export type AdminListVendorsType = z.infer<typeof AdminListVendors>

export const AdminApproveVendor = z.object({}).strict()

/** Rejecting or suspending needs a reason: it is emailed to the vendor and kept in its log with who decided. */
const reasonFor = (verb: string) =>
  z
    .object({
      reason: z
        .string({ error: `reason is required: say why the vendor is ${verb}` })
        .trim()
        .refine((r) => r.length > 0, `reason is required: say why the vendor is ${verb}`)
        .refine((r) => r.length <= DECISION_REASON_MAX, `reason must be at most ${DECISION_REASON_MAX} characters`),
    })
    .strict()

export const AdminRejectVendor = reasonFor("rejected")
export const AdminSuspendVendor = reasonFor("suspended")
export type AdminVendorReasonType = z.infer<typeof AdminRejectVendor>

import { z } from "@medusajs/framework/zod"
import { DECISION_REASON_MAX } from "../../vendors/validators"

export const AdminListProductRequests = z.object({
  status: z.enum(["pending", "approved", "rejected"], { error: "status must be pending, approved or rejected" }).optional(),
  limit: z.coerce.number().int().refine((n) => n >= 1 && n <= 100, "limit must be from 1 to 100").default(50),
  offset: z.coerce.number().int().refine((n) => n >= 0, "offset must be 0 or more").default(0),
})
export type AdminListProductRequestsType = z.infer<typeof AdminListProductRequests>

export const AdminApproveProductRequest = z.object({}).strict()

/** A rejection needs a reason: the vendor sees it beside the product. */
export const AdminRejectProductRequest = z
  .object({
    reason: z
      .string({ error: "reason is required: say why the change is rejected" })
      .trim()
      .refine((r) => r.length > 0, "reason is required: say why the change is rejected")
      .refine((r) => r.length <= DECISION_REASON_MAX, `reason must be at most ${DECISION_REASON_MAX} characters`),
  })
  .strict()
export type AdminRejectProductRequestType = z.infer<typeof AdminRejectProductRequest>

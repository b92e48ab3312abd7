import { z } from "@medusajs/framework/zod"
import { disputeMessage } from "../../../store/orders/[id]/disputes/validators"

export const AdminListDisputes = z.object({
  status: z
    .enum(["open", "vendor_answered", "refunded", "partially_refunded", "closed"], { error: "status must be open, vendor_answered, refunded, partially_refunded or closed" })
    .optional(),
  limit: z.coerce.number().int().refine((n) => n >= 1 && n <= 100, "limit must be from 1 to 100").default(50),
  offset: z.coerce.number().int().refine((n) => n >= 0, "offset must be 0 or more").default(0),
})
export type AdminListDisputesType = z.infer<typeof AdminListDisputes>

/** Refund all (no amount) or part of the line, in kobo, or close; the note is logged and emailed to the buyer and the vendor. */
export const AdminDecideDispute = z
  .object({
    decision: z.enum(["refund", "close"], { error: "decision must be refund or close" }),
    amount: z
      .number({ error: "amount must be a whole number of kobo" })
      .int("amount must be a whole number of kobo")
      .positive("amount must be above 0")
      .optional(),
    note: disputeMessage("note"),
  })
  .strict()
  .refine((b) => b.decision === "refund" || b.amount === undefined, { message: "amount is only for a refund: closing refunds nothing", path: ["amount"] })
export type AdminDecideDisputeType = z.infer<typeof AdminDecideDispute>

import { z } from "@medusajs/framework/zod"
import { calendarDate, MAX_STATEMENT_DAYS } from "../../../lib/marketplace/ledger-query"

const currency = z
  .string({ error: "currency is required (e.g. ngn)" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{3}$/, "currency must be a three-letter currency code (e.g. ngn)")

/** POST /admin/marketplace/payouts: the vendor, its period (local dates, both included, ended by today) and currency; the amount is the ledger's. */
export const AdminRecordPayout = z
  .object({
    vendor_id: z.string({ error: "vendor_id is required" }).trim().min(1, "vendor_id is required"),
    from: calendarDate("from"),
    to: calendarDate("to"),
    currency,
    reference: z.string().trim().max(200, "reference must be at most 200 characters").optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const days = (Date.parse(b.to) - Date.parse(b.from)) / 86_400_000
    if (days < 0) ctx.addIssue({ code: "custom", path: ["to"], message: "to must not be before from" })
    if (days >= MAX_STATEMENT_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `a payout spans at most ${MAX_STATEMENT_DAYS} days` })
  })
export type AdminRecordPayoutType = z.infer<typeof AdminRecordPayout>

export const AdminListPayouts = z.object({
  vendor_id: z.string().trim().min(1).optional(),
  limit: z.coerce.number().int().refine((n) => n >= 1 && n <= 200, "limit must be from 1 to 200").default(50),
  offset: z.coerce.number().int().refine((n) => n >= 0, "offset must be 0 or more").default(0),
})
export type AdminListPayoutsType = z.infer<typeof AdminListPayouts>

/** POST /admin/marketplace/products/:id/commission: a percent from 0 to 100 with two decimals at most, or null to use the vendor's. */
export const AdminSetProductCommission = z
  .object({
    rate: z
      .number({ error: "rate is required: a percent from 0 to 100, or null to use the vendor's rate" })
      .refine((r) => r >= 0 && r <= 100, "rate must be from 0 to 100 percent")
      .refine((r) => Math.abs(Math.round(r * 100) - r * 100) < 1e-6, "rate must have two decimals at most")
      .nullable(),
  })
  .strict()
export type AdminSetProductCommissionType = z.infer<typeof AdminSetProductCommission>

/** POST /admin/marketplace/vendors/:id/adjustments: signed kobo (never 0), the currency, why; `idempotency_key` or the Idempotency-Key header. */
export const AdminCreateAdjustment = z
  .object({
    amount: z
      .number({ error: "amount is required: whole kobo (cents), positive to credit the vendor, negative to debit" })
      .refine(Number.isInteger, "amount must be a whole number of kobo (cents)")
      .refine((a) => a !== 0, "amount must not be 0")
      .refine((a) => Math.abs(a) <= 2_000_000_000, "amount must be at most 2,000,000,000 kobo either way"),
    currency,
    reason: z
      .string({ error: "reason is required: say why (the vendor sees it)" })
      .trim()
      .refine((r) => r.length > 0, "reason is required: say why (the vendor sees it)")
      .refine((r) => r.length <= 500, "reason must be at most 500 characters"),
    idempotency_key: z.string().trim().min(1).max(200, "idempotency_key must be at most 200 characters").optional(),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>

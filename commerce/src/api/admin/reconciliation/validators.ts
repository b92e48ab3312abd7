import { z } from "@medusajs/framework/zod"

/** The longest period one run may cover: Paystack is read page by page, and the run holds its transactions. */
export const MAX_RECONCILIATION_DAYS = 92
const DAY_MS = 86_400_000

const instant = (field: string) => z.iso.datetime({ offset: true, error: `${field} must be an ISO date-time such as 2026-03-01T00:00:00Z` }).optional()

/** "Run now": a period (default the last 24 hours); an end in the future stops at now. */
export const AdminStartReconciliation = z
  .object({ from: instant("from"), to: instant("to") })
  .strict()
  .transform((body) => {
    const now = Date.now()
    const to = Math.min(body.to ? Date.parse(body.to) : now, now)
    const from = body.from ? Date.parse(body.from) : to - DAY_MS
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString() }
  })
  .superRefine((period, ctx) => {
    const span = Date.parse(period.to) - Date.parse(period.from)
    if (span <= 0) ctx.addIssue({ code: "custom", path: ["from"], message: "from must be before to (and before now)" })
    if (span > MAX_RECONCILIATION_DAYS * DAY_MS) {
      ctx.addIssue({ code: "custom", path: ["from"], message: `A run covers at most ${MAX_RECONCILIATION_DAYS} days` })
    }
  })
export type AdminStartReconciliationType = z.infer<typeof AdminStartReconciliation>

export const AdminListReconciliationRuns = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListReconciliationRunsType = z.infer<typeof AdminListReconciliationRuns>

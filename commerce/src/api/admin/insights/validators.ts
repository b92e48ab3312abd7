import { z } from "@medusajs/framework/zod"
import { PERIODS } from "../../../lib/insights/period"

/** The longest custom period: two years of days keeps every chart and export bounded. */
const MAX_CUSTOM_DAYS = 731

const localDate = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date written YYYY-MM-DD`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${field} is not a calendar date`)

export const periodFields = {
  period: z.enum(PERIODS, { message: `period must be one of ${PERIODS.join(", ")}` }).default("30d"),
  from: localDate("from").optional(),
  to: localDate("to").optional(),
}

/** A custom period needs both dates, in order and at most two years apart; a named one takes neither. */
export const checkPeriod = (q: { period: string; from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (q.period !== "custom") {
    if (q.from || q.to) ctx.addIssue({ code: "custom", path: ["from"], message: "from and to are only for period=custom" })
    return
  }
  if (!q.from || !q.to) return ctx.addIssue({ code: "custom", path: [q.from ? "to" : "from"], message: "a custom period needs from and to" })
  const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000
  if (days < 0) ctx.addIssue({ code: "custom", path: ["to"], message: "to must not be before from" })
  if (days >= MAX_CUSTOM_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `a custom period spans at most ${MAX_CUSTOM_DAYS} days` })
}

const currency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "currency must be a three-letter ISO code such as ngn or usd")
  .transform((c) => c.toLowerCase())

/** GET /admin/insights/overview: one currency's sales figures for a period. */
export const AdminInsightsOverviewParams = z
  .object({ ...periodFields, currency: currency.default("ngn") })
  .strict()
  .superRefine(checkPeriod)
export type AdminInsightsOverviewParamsType = z.infer<typeof AdminInsightsOverviewParams>

/** GET /admin/insights/learning: courses' figures and a page of learners. */
export const AdminInsightsLearningParams = z
  .object({
    ...periodFields,
    course_id: z.string().regex(/^crs_[A-Za-z0-9]+$/, "course_id must be a course id (crs_…)").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
  .superRefine(checkPeriod)
export type AdminInsightsLearningParamsType = z.infer<typeof AdminInsightsLearningParams>

/** GET /admin/insights/audience: the cms's and the community's figures for a period. */
export const AdminInsightsAudienceParams = z.object(periodFields).strict().superRefine(checkPeriod)
export type AdminInsightsAudienceParamsType = z.infer<typeof AdminInsightsAudienceParams>

/** GET /admin/insights/exports/*: a period, and for money one currency or all of them. */
export const AdminInsightsExportParams = z
  .object({ ...periodFields, currency: currency.optional() })
  .strict()
  .superRefine(checkPeriod)
export type AdminInsightsExportParamsType = z.infer<typeof AdminInsightsExportParams>

import { z } from "@medusajs/framework/zod"

export const HIDE_REASON_MAX = 500

export const AdminListReviews = z.object({
  status: z.enum(["visible", "hidden"], { error: "status must be visible or hidden" }).optional(),
  product_id: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().refine((n) => n >= 1 && n <= 100, "limit must be from 1 to 100").default(50),
  offset: z.coerce.number().int().refine((n) => n >= 0, "offset must be 0 or more").default(0),
})
export type AdminListReviewsType = z.infer<typeof AdminListReviews>

/** Hiding needs a reason: it is kept with the review, beside who hid it and when. */
export const AdminHideReview = z
  .object({
    reason: z
      .string({ error: "reason is required: say why the review is hidden" })
      .trim()
      .refine((r) => r.length > 0, "reason is required: say why the review is hidden")
      .refine((r) => r.length <= HIDE_REASON_MAX, `reason must be at most ${HIDE_REASON_MAX} characters`),
  })
  .strict()
export type AdminHideReviewType = z.infer<typeof AdminHideReview>

export const AdminShowReview = z.object({}).strict()

import { z } from "@medusajs/framework/zod"
import { plainText } from "../../../modules/reviews/lib/plain-text"

export const REVIEW_TITLE_MAX = 120
export const REVIEW_BODY_MIN = 10
// Under the 2,048 characters commerce takes in any store field (lib/http/reject-bad-input).
export const REVIEW_BODY_MAX = 2_000

// Sizes checked with refine: Medusa 2.21 rewrites zod's min/max messages into its own words.
const rating = z
  .unknown()
  .refine((v) => v !== undefined && v !== null, "rating is required: give 1 to 5 stars")
  .refine((v) => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5, "rating must be a whole number of stars from 1 to 5")
  .transform((v) => v as number)

const title = z
  .string({ error: "title must be text" })
  .transform(plainText)
  .refine((t) => t.length <= REVIEW_TITLE_MAX, `title must be at most ${REVIEW_TITLE_MAX} characters`)
  .transform((t) => t || null)
  .nullable()

const body = z
  .string({ error: "body is required: say what you thought" })
  .transform(plainText)
  .refine((b) => b.length >= REVIEW_BODY_MIN, `body must be at least ${REVIEW_BODY_MIN} characters of text`)
  .refine((b) => b.length <= REVIEW_BODY_MAX, `body must be at most ${REVIEW_BODY_MAX} characters`)

/** A new review: stars and words (a title if the reader likes), as plain text. */
export const StoreCreateReview = z.object({ rating, title: title.optional(), body }).strict()
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

/** An edit: any of the three. */
export const StoreUpdateReview = z
  .object({ rating: rating.optional(), title: title.optional(), body: body.optional() })
  .strict()
  .refine((edit) => Object.values(edit).some((v) => v !== undefined), "Nothing to change: send rating, title or body")
export type StoreUpdateReviewType = z.infer<typeof StoreUpdateReview>

export const StoreListReviews = z.object({
  limit: z.coerce.number().int().refine((n) => n >= 1 && n <= 50, "limit must be from 1 to 50").default(10),
  offset: z.coerce.number().int().refine((n) => n >= 0 && n <= 10_000, "offset must be from 0 to 10000").default(0),
})
export type StoreListReviewsType = z.infer<typeof StoreListReviews>

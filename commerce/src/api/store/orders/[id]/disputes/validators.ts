import { z } from "@medusajs/framework/zod"
import { plainText } from "../../../../../modules/reviews/lib/plain-text"

export const DISPUTE_TEXT_MAX = 2000

/** The buyer's report of a problem with one line: why, and in their words (kept as plain text). */
export const StoreOpenDispute = z
  .object({
    line_item_id: z.string({ error: "line_item_id is required: the line of the order the problem is with" }).trim().regex(/^ordli_[A-Za-z0-9]+$/, "line_item_id is not an order line's id"),
    reason: z.enum(["not_received", "damaged", "not_as_described"], { error: "reason must be not_received, damaged or not_as_described" }),
    description: z
      .string({ error: "description must be text" })
      .max(DISPUTE_TEXT_MAX * 2, `description must be at most ${DISPUTE_TEXT_MAX} characters`)
      .transform(plainText)
      .refine((v) => v.length <= DISPUTE_TEXT_MAX, `description must be at most ${DISPUTE_TEXT_MAX} characters`)
      .default(""),
  })
  .strict()
export type StoreOpenDisputeType = z.infer<typeof StoreOpenDispute>

/** An answer or a note on a dispute: plain text, 1 to 2000 characters. */
export const disputeMessage = (field: string) =>
  z
    .string({ error: `${field} is required: what you want to say about the dispute` })
    .max(DISPUTE_TEXT_MAX * 2, `${field} must be at most ${DISPUTE_TEXT_MAX} characters`)
    .transform(plainText)
    .refine((v) => v.length > 0, `${field} is required: what you want to say about the dispute`)
    .refine((v) => v.length <= DISPUTE_TEXT_MAX, `${field} must be at most ${DISPUTE_TEXT_MAX} characters`)

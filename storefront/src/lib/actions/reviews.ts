"use server"

import { updateTag } from "next/cache"
import { z } from "zod"
import { cacheTags } from "../cache"
import { createReview, updateMyReview } from "../data/reviews"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"
import { REVIEW_LIMITS } from "./review-input"


const reviewSchema = z.object({
  productId: z.string().min(1, "This book could not be found. Reload the page."),
  mode: z.enum(["create", "edit"]),
  rating: z.coerce.number({ invalid_type_error: "Choose 1 to 5 stars.", required_error: "Choose 1 to 5 stars." }).int("Choose 1 to 5 stars.").min(1, "Choose 1 to 5 stars.").max(5, "Choose 1 to 5 stars."),
  title: z.string().trim().max(REVIEW_LIMITS.titleMax, `Keep the title to ${REVIEW_LIMITS.titleMax} characters.`),
  body: z
    .string()
    .trim()
    .min(REVIEW_LIMITS.bodyMin, `Write at least ${REVIEW_LIMITS.bodyMin} characters about the book.`)
    .max(REVIEW_LIMITS.bodyMax, `Keep your review to ${REVIEW_LIMITS.bodyMax} characters.`),
})

/** Which field a commerce 400 is about, by the field it names. */
const fieldOf = (message: string) => (/rating/i.test(message) ? "rating" : /title/i.test(message) ? "title" : /body/i.test(message) ? "body" : null)

/** The book page's review form: publishes the reader's review, or saves their edit. */
export async function saveReviewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { rating: String(formData.get("rating") ?? ""), title: String(formData.get("title") ?? ""), body: String(formData.get("body") ?? "") }
  const parsed = reviewSchema.safeParse({ productId: formData.get("productId") ?? "", mode: formData.get("mode") ?? "create", ...values, rating: values.rating || undefined })
  if (!parsed.success) {
    const errors: Record<string, string> = {}
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
    const { productId, mode, ...fields } = errors
    return { ok: false, message: productId ?? mode, errors: fields, values }
  }
  const { productId, mode, rating, title, body } = parsed.data
  try {
    const input = { rating, title: title || null, body }
    if (mode === "edit") await updateMyReview(productId, input)
    else await createReview(productId, input)
    // Commerce has expired these tags too; updateTag also re-renders this page
    // with the fresh figures in the action's answer (the reader sees their own write).
    updateTag(cacheTags.reviews(productId))
    updateTag(cacheTags.ratings)
    return { ok: true, message: mode === "edit" ? "Your review is updated." : "Thank you: your review is published.", values }
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    const clean = message.replace(/^Invalid request:\s*/, "")
    if (status === 401) return { ok: false, message: "Sign in again to save your review.", values }
    if (status === 403 && /verify your email/i.test(message)) return { ok: false, message, values }
    if (status === 403) return { ok: false, message: "Only readers who bought this book can review it.", values }
    if (status === 409) return { ok: false, message: "You have already reviewed this book. Reload the page to edit your review.", values }
    if (status === 404) return { ok: false, message: mode === "edit" ? "Your review was not found. Reload the page to write a new one." : "This book is no longer sold.", values }
    if (status === 429) return { ok: false, message, values }
    if (status === 400) {
      const field = fieldOf(clean)
      return field ? { ok: false, errors: { [field]: clean }, values } : { ok: false, message: clean, values }
    }
    console.error(`[reviews] commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: "Something went wrong on our side. Please try again in a moment.", values }
  }
}

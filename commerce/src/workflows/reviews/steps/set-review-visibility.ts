import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

/** Hide (with the reason, who and when) or show again; `by` is a staff user's id or "system". */
export type VisibilityChange =
  | { ids: string[]; status: "hidden"; reason: string; by: string }
  | { ids: string[]; status: "visible" }

type Before = { id: string; status: "visible" | "hidden"; hidden_reason: string | null; hidden_by: string | null; hidden_at: Date | null }

export const setReviewVisibilityStepId = "set-review-visibility"

/** Hides or shows reviews (404 for an unknown id); answers the changed rows. Undone by putting back each one's state. */
export const setReviewVisibilityStep = createStep(
  setReviewVisibilityStepId,
  async (change: VisibilityChange, { container }) => {
    const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    if (!change.ids.length) return new StepResponse([], [] as Before[])
    const found = await reviews.listReviews({ id: change.ids }, { take: null })
    const missing = change.ids.filter((id) => !found.some((r) => r.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No review has the id ${missing.join(", ")}`)
    const before: Before[] = found.map(({ id, status, hidden_reason, hidden_by, hidden_at }) => ({ id, status, hidden_reason, hidden_by, hidden_at }))
    const set =
      change.status === "hidden"
        ? { status: "hidden" as const, hidden_reason: change.reason, hidden_by: change.by, hidden_at: new Date() }
        : // The last hiding stays on record (reason, who, when) after the review is shown again.
          { status: "visible" as const }
    const updated = await reviews.updateReviews(found.map((r) => ({ id: r.id, ...set })))
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).updateReviews(before)
  }
)

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setReviewVisibilityWorkflow } from "../../../../../workflows/reviews/set-review-visibility"
import { presentForStaff } from "../../present"
import type { AdminHideReviewType } from "../../validators"

/** POST { reason }: hides the review from the shop, recording the reason, the staff user and the time. */
export async function POST(req: AuthenticatedMedusaRequest<AdminHideReviewType>, res: MedusaResponse) {
  const { result } = await setReviewVisibilityWorkflow(req.scope).run({
    input: { ids: [req.params.id], status: "hidden", reason: req.validatedBody.reason, by: req.auth_context.actor_id },
  })
  const [review] = await presentForStaff(req.scope, result as never)
  res.json({ review })
}

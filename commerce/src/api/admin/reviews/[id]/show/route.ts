import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setReviewVisibilityWorkflow } from "../../../../../workflows/reviews/set-review-visibility"
import { presentForStaff } from "../../present"

/** POST: shows a hidden review again (the last hiding's reason, who and when stay on record). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setReviewVisibilityWorkflow(req.scope).run({ input: { ids: [req.params.id], status: "visible" } })
  const [review] = await presentForStaff(req.scope, result as never)
  res.json({ review })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../../modules/reviews/service"
import { presentReviews } from "../../../../../../lib/reviews/present"
import { isVerifiedBuyer, reviewedProduct } from "../../../../../../lib/reviews/verified-buyer"
import { deleteOwnReviewWorkflow } from "../../../../../../workflows/reviews/delete-own-review"
import { editOwnReviewWorkflow } from "../../../../../../workflows/reviews/edit-own-review"
import type { StoreUpdateReviewType } from "../../../validators"

/** GET: the signed-in reader's own review of the product (null if none, hidden included) and whether they may write one. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const product = await reviewedProduct(req.scope, req.params.id)
  const [mine] = await req.scope
    .resolve<ReviewsModuleService>(REVIEWS_MODULE)
    .listReviews({ customer_id: customerId, product_id: product.id }, { take: 1 })
  const [review] = mine ? await presentReviews(req.scope, [mine]) : [null]
  res.json({ review, can_review: await isVerifiedBuyer(req.scope, customerId, product) })
}

/** PUT: the reader edits their review (they must still own the book); a hidden review stays hidden. */
export async function PUT(req: AuthenticatedMedusaRequest<StoreUpdateReviewType>, res: MedusaResponse) {
  const { result } = await editOwnReviewWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: req.params.id, ...req.validatedBody },
  })
  const [review] = await presentReviews(req.scope, Array.isArray(result) ? result : [result])
  res.json({ review })
}

/** DELETE: the reader withdraws their review. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteOwnReviewWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: req.params.id },
  })
  if (!result) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have not reviewed this yet")
  res.json({ id: result.id, object: "review", deleted: true })
}

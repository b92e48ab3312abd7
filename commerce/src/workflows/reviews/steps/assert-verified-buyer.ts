import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isVerifiedBuyer, notABuyerMessage, reviewedProduct } from "../../../lib/reviews/verified-buyer"

export const assertVerifiedBuyerStepId = "assert-verified-buyer"

/** Refuses (403) a reader who has not bought the book, or is not enrolled in the course. Reads only: nothing to undo. */
export const assertVerifiedBuyerStep = createStep(
  assertVerifiedBuyerStepId,
  async (input: { customer_id: string; product_id: string }, { container }) => {
    const product = await reviewedProduct(container, input.product_id)
    if (!(await isVerifiedBuyer(container, input.customer_id, product))) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, notABuyerMessage(product))
    }
    return new StepResponse(product)
  }
)

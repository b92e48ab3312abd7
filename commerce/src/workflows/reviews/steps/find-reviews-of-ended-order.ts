import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { isVerifiedBuyer, reviewedProduct } from "../../../lib/reviews/verified-buyer"
import { accessEnded } from "../../courses/revoke-order-enrollments"

type EndedOrder = Parameters<typeof accessEnded>[0] & { customer_id?: string | null; items?: ({ product_id?: string | null } | null)[] | null }

/** The order's visible reviews to hide, with the words the reader's review will carry. */
export type ReviewsOfEndedOrder = { ids: string[]; product_ids: string[]; reason: string }

export const findReviewsOfEndedOrderStepId = "find-reviews-of-ended-order"

/**
 * When an order is cancelled or fully refunded (named by it, or by a refunded
 * payment): the visible reviews its customer wrote of its products, unless
 * another purchase still makes them a buyer. A partial refund finds none.
 * Reads only: nothing to undo.
 */
export const findReviewsOfEndedOrderStep = createStep(
  findReviewsOfEndedOrderStepId,
  async (input: { order_id?: string; payment_id?: string }, { container }) => {
    const none = new StepResponse<ReviewsOfEndedOrder>({ ids: [], product_ids: [], reason: "" })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    let orderId = input.order_id
    if (!orderId && input.payment_id) {
      const { data } = await query.graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id: input.payment_id } })
      orderId = (data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
    }
    if (!orderId) return none
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "customer_id", "items.product_id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
      filters: { id: orderId },
    })
    const order = data[0] as EndedOrder | undefined
    if (!order?.customer_id || !accessEnded(order)) return none
    const productIds = [...new Set((order.items ?? []).map((i) => i?.product_id).filter((id): id is string => !!id))]
    if (!productIds.length) return none
    const reviews = await container
      .resolve<ReviewsModuleService>(REVIEWS_MODULE)
      .listReviews({ customer_id: order.customer_id, product_id: productIds, status: "visible" }, { take: null })
    const ids: string[] = []
    const hiddenProducts: string[] = []
    for (const review of reviews) {
      const product = await reviewedProduct(container, review.product_id).catch(() => null)
      if (product && (await isVerifiedBuyer(container, order.customer_id, product, order.id))) continue
      ids.push(review.id)
      hiddenProducts.push(review.product_id)
    }
    const reason = order.status === "canceled" ? "Order cancelled" : "Order refunded"
    return new StepResponse<ReviewsOfEndedOrder>({ ids, product_ids: hiddenProducts, reason })
  }
)

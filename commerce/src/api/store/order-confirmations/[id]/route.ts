import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import { env } from "../../../../lib/env"
import { COURSE_PRODUCT_FIELDS, CONFIRMATION_FIELDS, confirmationView, type ConfirmedOrder, type CourseProduct } from "../../../../lib/orders/confirmation"
import { verifyGuestOrderToken } from "../../../../lib/orders/guest-order-link"
import { SignedLinkError } from "../../../../lib/signed-links"
import type { StoreOrderConfirmationParams } from "../validators"

type Buyer = { customer_id?: string | null; customer?: { has_account?: boolean | null } | null; cart?: { id: string } | null }

/**
 * Whether the caller may see the order without a token: its signed-in
 * account holder, or (for a guest order) the browser holding the cart it was
 * placed from, whose id was already the credential of that cart.
 */
function isBuyer(order: Buyer, actorId: string | undefined, cartId: string | undefined) {
  if (order.customer?.has_account) return !!actorId && order.customer_id === actorId
  return !!cartId && order.cart?.id === cartId
}

/**
 * GET /store/order-confirmations/:id — the order's confirmation page, for its
 * buyer only: with `?token=` from the guest's email (403 forged or for
 * another order, 410 expired), as its signed-in customer, or with the
 * `?cart_id=` it was placed from. Anyone else, like an unknown order, gets
 * the same 404. One query for the order (statuses computed as Medusa's
 * order routes do), one for the courses among its products.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreOrderConfirmationParams>, res: MedusaResponse) {
  const { token, cart_id } = req.validatedQuery as StoreOrderConfirmationParams
  const orderId = req.params.id
  res.setHeader("Cache-Control", "private, no-store")
  if (token) {
    try {
      verifyGuestOrderToken(token, orderId, env.EBOOK_URL_SECRET)
    } catch (error) {
      if (!(error instanceof SignedLinkError)) throw error
      return res.status(error.status).json({ message: error.message })
    }
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: CONFIRMATION_FIELDS, filters: { id: orderId } })
  const found = data[0] as unknown as (ConfirmedOrder & Buyer) | undefined
  if (!found || (!token && !isBuyer(found, req.auth_context?.actor_id, cart_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  type StatusInput = Parameters<typeof getLastPaymentStatus>[0] & Parameters<typeof getLastFulfillmentStatus>[0]
  const order = {
    ...found,
    payment_status: getLastPaymentStatus(found as unknown as StatusInput),
    fulfillment_status: getLastFulfillmentStatus(found as unknown as StatusInput),
  }
  const productIds = [...new Set((order.items ?? []).flatMap((item) => (item?.product_id ? [item.product_id] : [])))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: COURSE_PRODUCT_FIELDS, filters: { id: productIds } })
    : { data: [] }
  res.json(confirmationView(order, products as unknown as CourseProduct[]))
}

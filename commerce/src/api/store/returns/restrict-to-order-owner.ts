import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa 2.21 creates a return for any order id, without sign-in, and answers
 * with the owner's email and customer id. Here a return is asked for by the
 * signed-in customer whose account placed the order. A guest order has no
 * account to prove it: its returns are made by staff in the admin, after the
 * shopper writes in from the order's email address.
 */
export async function restrictReturnToOrderOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const customerId = req.auth_context?.actor_id
    if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to return items from an order")
    const orderId = (req.body as { order_id?: unknown } | undefined)?.order_id
    if (typeof orderId !== "string" || !orderId) return next()
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "is_draft_order", "customer.has_account"],
      filters: { id: orderId },
    })
    const order = data[0]
    if (!order || order.is_draft_order || !order.customer?.has_account || order.customer_id !== customerId) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
    }
    next()
  } catch (error) {
    next(error)
  }
}

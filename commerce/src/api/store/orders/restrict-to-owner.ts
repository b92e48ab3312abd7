import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa serves any order to whoever knows its id, so a guest's confirmation
 * page works without an account. An order placed by a signed-in customer is
 * theirs alone: anyone else gets the same 404 as for an order that does not
 * exist. A guest's order stays readable by its id (the confirmation link).
 */
export async function restrictOrderToOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "customer.has_account"],
      filters: { id: req.params.id },
    })
    const order = data[0]
    if (order?.customer?.has_account && order.customer_id !== req.auth_context?.actor_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
    }
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * The account's own order routes (timeline, cancel): only the signed-in
 * customer the order belongs to. A guest order, or anyone else's, is the
 * 404 of an order that does not exist.
 */
export async function restrictOrderToSignedInOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
    const customerId = req.auth_context?.actor_id
    if (!customerId || !data[0] || data[0].customer_id !== customerId) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
    }
    next()
  } catch (error) {
    next(error)
  }
}

import { timingSafeEqual } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ChangeActionType, ContainerRegistrationKeys, MedusaError, OrderChangeStatus } from "@medusajs/framework/utils"

const notFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${id} was not found`)

/**
 * A transfer moves a guest order into the account of the shopper who placed
 * it. Medusa 2.21 lets any signed-in customer request (or cancel) one for any
 * order, answers with that order (email, address, phone, items) and leaves a
 * pending change that blocks returns and edits. Here only a guest order placed
 * with the caller's own account email can be claimed; any other order is the
 * 404 of an order that does not exist. The transfer still completes only
 * with the token Medusa emails to the order's address.
 */
export async function restrictTransferToOrderEmail(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const customerId = req.auth_context?.actor_id
    if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to claim an order")
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: orders }, { data: customers }] = await Promise.all([
      query.graph({
        entity: "order",
        fields: ["id", "email", "is_draft_order", "customer.has_account"],
        filters: { id: req.params.id },
      }),
      query.graph({ entity: "customer", fields: ["id", "email", "has_account"], filters: { id: customerId } }),
    ])
    const order = orders[0]
    const customer = customers[0]
    const sameEmail = !!order?.email && order.email.toLowerCase() === customer?.email?.toLowerCase()
    if (!order || order.is_draft_order || order.customer?.has_account || !customer?.has_account || !sameEmail) {
      throw notFound(req.params.id)
    }
    next()
  } catch (error) {
    next(error)
  }
}

const sameToken = (given: string, expected: unknown) =>
  typeof expected === "string" &&
  given.length === expected.length &&
  timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/**
 * Accepting or declining a transfer needs no sign-in: the emailed token is the
 * credential. Without the token of the order's open transfer request the
 * answer is a 404 that says nothing of the order (Medusa's own answers tell
 * whether the order exists and has a request).
 */
export async function requireTransferToken(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const token = (req.body as { token?: unknown } | undefined)?.token
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: changes } =
      typeof token === "string" && token
        ? await query.graph({
            entity: "order_change",
            fields: ["id", "change_type", "actions.action", "actions.details"],
            filters: { order_id: req.params.id, status: [OrderChangeStatus.PENDING, OrderChangeStatus.REQUESTED] },
          })
        : { data: [] }
    const holdsToken = changes.some(
      (change) =>
        change.change_type === "transfer" &&
        (change.actions ?? []).some(
          (action) => (action?.action as string) === ChangeActionType.TRANSFER_CUSTOMER && sameToken(token as string, (action?.details as { token?: unknown } | undefined)?.token)
        )
    )
    if (!holdsToken) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No open transfer request matches this order and token")
    next()
  } catch (error) {
    next(error)
  }
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderWithOnlineDeliveries } from "../../../../../lib/digital-goods/cancel-order"
import { OrderCancelFailed, REFUND_REFUSED_MESSAGE } from "../../../../../lib/orders/refund-before-cancel"

/**
 * Medusa's own POST /admin/orders/:id/cancel (the admin's "Cancel order"),
 * registered after it at the same path and so replacing it: the same
 * validation and answer, with the order's online deliveries of ebooks and
 * courses withdrawn first (cancelOrderWithOnlineDeliveries), and a 502 saying
 * so when the payment provider refused the refund (nothing is cancelled).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  try {
    await cancelOrderWithOnlineDeliveries(req.scope, { order_id: req.params.id, canceled_by: req.auth_context.actor_id })
  } catch (error) {
    if (!(error instanceof OrderCancelFailed)) throw error
    return res.status(502).json({ type: "bad_gateway", message: `${REFUND_REFUSED_MESSAGE} (${error.message})` })
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  res.status(200).json({ order: data[0] })
}

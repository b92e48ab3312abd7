import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cancelOrderForCustomer } from "../../../../../lib/orders/account-order"
import { OrderCancelFailed, REFUND_REFUSED_MESSAGE } from "../../../../../lib/orders/refund-before-cancel"

/**
 * The signed-in owner cancels an order that has not shipped: refunded, stock
 * returned. 409 with the reason otherwise (answered here: Medusa's error
 * handler replaces a conflict's message with one about idempotency keys);
 * 502 when the refund failed at the provider and the cancellation rolled back.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  try {
    const timeline = await cancelOrderForCustomer(req.scope, { order_id: req.params.id, customer_id: req.auth_context.actor_id })
    res.json({ timeline })
  } catch (error) {
    if (error instanceof MedusaError && error.type === MedusaError.Types.CONFLICT) {
      return res.status(409).json({ type: "conflict", message: error.message })
    }
    if (error instanceof OrderCancelFailed) {
      req.scope.resolve("logger").warn(`Order ${req.params.id} not cancelled: ${error.message}`)
      return res.status(502).json({
        type: "bad_gateway",
        message: `${REFUND_REFUSED_MESSAGE.slice(0, -1)} or contact us.`,
      })
    }
    throw error
  }
}

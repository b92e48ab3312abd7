import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderForCustomer } from "../../../../../lib/orders/account-order"

/** The signed-in owner cancels an order that has not shipped: refunded, stock returned; 409 with the reason otherwise. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const timeline = await cancelOrderForCustomer(req.scope, { order_id: req.params.id, customer_id: req.auth_context.actor_id })
  res.json({ timeline })
}

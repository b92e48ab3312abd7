import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { withdrawDigitalDeliveriesWorkflow } from "../../../workflows/digital-delivery/withdraw-digital-deliveries"

/**
 * Before Medusa cancels an order (POST /admin/orders/:id/cancel): ebooks and
 * courses are delivered the moment an order is placed, and Medusa refuses to
 * cancel an order with a delivered fulfilment. Their deliveries are withdrawn
 * first, so staff can still cancel (and refund) a paid digital order.
 */
export async function withdrawDigitalDeliveries(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await withdrawDigitalDeliveriesWorkflow(req.scope).run({ input: { order_id: req.params.id } })
    next()
  } catch (error) {
    next(error)
  }
}

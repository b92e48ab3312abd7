import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOrderTimeline } from "../../../../../lib/orders/account-order"

/** The signed-in owner's order as it went: timeline, shipments with tracking, and whether they may cancel it (README, Orders in the account). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ timeline: await readOrderTimeline(req.scope, req.params.id) })
}

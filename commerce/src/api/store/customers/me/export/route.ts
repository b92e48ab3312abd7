import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exportCustomerData } from "../../../../../lib/account/export"

/** GET: the signed-in customer's own data, as a JSON file to keep ("Download my data"). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const now = new Date()
  const data = await exportCustomerData(req.scope, req.auth_context.actor_id, now)
  res.setHeader("Content-Disposition", `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`)
  res.setHeader("Cache-Control", "no-store")
  res.json(data)
}

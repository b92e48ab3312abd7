import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEbookLibraryWorkflow } from "../../../../../workflows/list-ebook-library"

/** The signed-in customer's ebooks (Medusa authenticates every /store/customers/me route). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await listEbookLibraryWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id } })
  res.json({ items: result })
}

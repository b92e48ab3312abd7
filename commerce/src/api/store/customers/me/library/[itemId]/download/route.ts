import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createEbookDownloadLinkWorkflow } from "../../../../../../../workflows/create-ebook-download-link"

/** A download link for one of the customer's ebooks: `{ url, expires_at }`, or 404. */
export async function POST(req: AuthenticatedMedusaRequest<unknown, { itemId: string }>, res: MedusaResponse) {
  const { result } = await createEbookDownloadLinkWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, item_id: req.params.itemId },
  })
  res.json(result)
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createEbookDownloadLinkWorkflow } from "../../../../../../../workflows/create-ebook-download-link"
import type { StoreEbookDownloadType } from "../../validators"

/** A download link for one of the customer's ebooks, in the format asked for: `{ url, expires_at }`, or 404. */
export async function POST(req: AuthenticatedMedusaRequest<StoreEbookDownloadType, { itemId: string }>, res: MedusaResponse) {
  const { result } = await createEbookDownloadLinkWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, item_id: req.params.itemId, format: req.validatedBody.format },
  })
  res.json(result)
}

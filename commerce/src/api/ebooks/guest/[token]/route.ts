import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EbookDownloadLinkError, verifyGuestEbookToken } from "../../../../lib/ebooks/download-token"
import { env } from "../../../../lib/env"
import { createEbookDownloadLinkWorkflow } from "../../../../workflows/create-ebook-download-link"
import { StoreEbookDownload } from "../../../store/customers/me/library/validators"

/**
 * The link in a guest's order email. It is checked each time it is opened:
 * the order must still pay for the ebook (a cancelled or fully refunded
 * order gets a 404), and the file itself is then reached through a fresh
 * five-minute link, so the emailed link never points at the file.
 * `?format=epub|pdf` picks the file when the ebook has both.
 */
export async function GET(req: MedusaRequest<unknown, { token: string }>, res: MedusaResponse) {
  let claim: ReturnType<typeof verifyGuestEbookToken>
  try {
    claim = verifyGuestEbookToken(req.params.token, env.EBOOK_URL_SECRET)
  } catch (error) {
    if (!(error instanceof EbookDownloadLinkError)) throw error
    res.status(error.status).json({ message: error.message })
    return
  }
  const query = StoreEbookDownload.safeParse(req.query.format === undefined ? {} : { format: req.query.format })
  if (!query.success) return void res.status(400).json({ message: query.error.issues[0].message })
  const { result } = await createEbookDownloadLinkWorkflow(req.scope).run({
    input: { order_id: claim.orderId, item_id: claim.itemId, format: query.data.format },
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.redirect(303, result.url)
}

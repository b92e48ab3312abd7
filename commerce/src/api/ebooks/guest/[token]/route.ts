import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EbookDownloadLinkError, verifyGuestEbookToken } from "../../../../lib/ebooks/download-token"
import { env } from "../../../../lib/env"
import { createEbookDownloadLinkWorkflow } from "../../../../workflows/create-ebook-download-link"

/**
 * The link in a guest's order email. It is checked each time it is opened:
 * the order must still pay for the ebook (a cancelled or fully refunded
 * order gets a 404), and the file itself is then reached through a fresh
 * five-minute link, so the emailed link never points at the file.
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
  const { result } = await createEbookDownloadLinkWorkflow(req.scope).run({
    input: { order_id: claim.orderId, item_id: claim.itemId },
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.redirect(303, result.url)
}

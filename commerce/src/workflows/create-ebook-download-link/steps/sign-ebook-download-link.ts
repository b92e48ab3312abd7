import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createEbookDownloadToken, DOWNLOAD_LINK_TTL_SECONDS } from "../../../lib/ebooks/download-token"
import { env } from "../../../lib/env"

export const signEbookDownloadLinkStepId = "sign-ebook-download-link"

/** A link to GET /ebooks/download/:token that works for a few minutes, for whoever holds it. */
export const signEbookDownloadLinkStep = createStep(
  signEbookDownloadLinkStepId,
  async ({ item_id, file_key }: { item_id: string; file_key: string }) => {
    const expiresAt = Math.floor(Date.now() / 1000) + DOWNLOAD_LINK_TTL_SECONDS
    const token = createEbookDownloadToken({ itemId: item_id, fileKey: file_key, expiresAt }, env.EBOOK_URL_SECRET)
    return new StepResponse({
      url: `${env.MEDUSA_PUBLIC_URL}/ebooks/download/${token}`,
      expires_at: new Date(expiresAt * 1000).toISOString(),
    })
  }
)

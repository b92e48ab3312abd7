import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createEbookDownloadToken, DOWNLOAD_LINK_TTL_SECONDS } from "../../../lib/ebooks/download-token"
import type { EbookFormat } from "../../../lib/ebooks/files"
import { env } from "../../../lib/env"

export const signEbookDownloadLinkStepId = "sign-ebook-download-link"

/** A link to GET /ebooks/download/:token that works for a few minutes, for whoever holds it. */
export const signEbookDownloadLinkStep = createStep(
  signEbookDownloadLinkStepId,
  async ({ item_id, variant_id, format }: { item_id: string; variant_id: string; format: EbookFormat }) => {
    const expiresAt = Math.floor(Date.now() / 1000) + DOWNLOAD_LINK_TTL_SECONDS
    const token = createEbookDownloadToken({ itemId: item_id, variantId: variant_id, format, expiresAt }, env.EBOOK_URL_SECRET)
    return new StepResponse({
      url: `${env.MEDUSA_PUBLIC_URL}/ebooks/download/${token}`,
      expires_at: new Date(expiresAt * 1000).toISOString(),
    })
  }
)

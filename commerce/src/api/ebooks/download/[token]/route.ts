import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EbookDownloadLinkError, verifyEbookDownloadToken } from "../../../../lib/ebooks/download-token"
import { CONTENT_TYPES, pickEbookFile } from "../../../../lib/ebooks/files"
import { env, imagekitEnabled } from "../../../../lib/env"

/**
 * Streams an ebook to whoever holds a valid link (or, with ImageKit,
 * sends them to a signed ImageKit URL that expires). Outside /store on purpose:
 * a browser opens it directly, with no publishable key; the signed token,
 * issued only to the ebook's owner, is the credential. The file is the
 * variant's file of that format now: one staff replaced since is the one served.
 */
export async function GET(req: MedusaRequest<unknown, { token: string }>, res: MedusaResponse) {
  let claim: ReturnType<typeof verifyEbookDownloadToken>
  try {
    claim = verifyEbookDownloadToken(req.params.token, env.EBOOK_URL_SECRET)
  } catch (error) {
    if (!(error instanceof EbookDownloadLinkError)) throw error
    res.status(error.status).json({ message: error.message })
    return
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "metadata"],
    filters: { id: claim.variantId },
  })
  const file = pickEbookFile(data[0], claim.format)
  if (!file) {
    res.status(404).json({ message: "This ebook's file is not available any more: open your library for the formats it has now" })
    return
  }

  const files = req.scope.resolve(Modules.FILE)
  res.setHeader("Cache-Control", "private, no-store")
  if (imagekitEnabled()) {
    // ImageKit serves the private file itself, through a URL signed to expire within minutes.
    const { url } = await files.retrieveFile(file.key)
    return res.redirect(302, url)
  }
  const stream = await files.getDownloadStream(file.key)
  stream.once("error", (error) => {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Ebook file ${file.key} could not be read: ${error.message}`)
    if (res.headersSent) return void res.destroy(error)
    res.removeHeader("Content-Disposition")
    res.removeHeader("Content-Type")
    res.status(404).json({ message: "This ebook's file is missing: please contact us" })
  })
  res.setHeader("Content-Type", CONTENT_TYPES[file.format])
  res.setHeader("Content-Disposition", `attachment; filename="${file.name.replace(/[^\w.-]/g, "_")}"`)
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.pipe(res)
}

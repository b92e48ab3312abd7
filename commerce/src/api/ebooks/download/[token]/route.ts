import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EbookDownloadLinkError, verifyEbookDownloadToken } from "../../../../lib/ebooks/download-token"
import { env, imagekitEnabled } from "../../../../lib/env"

const CONTENT_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".epub": "application/epub+zip",
  ".mobi": "application/x-mobipocket-ebook",
}

/** The local provider stores "private-<time>-<name>": the shopper gets "<name>". */
const downloadName = (fileKey: string) => path.basename(fileKey).replace(/^private-\d+-/, "")

/**
 * Streams an ebook to whoever holds a valid link (or, with ImageKit,
 * sends them to a signed ImageKit URL that expires). Outside /store on purpose:
 * a browser opens it directly, with no publishable key; the signed token,
 * issued only to the ebook's owner, is the credential.
 */
export async function GET(req: MedusaRequest<unknown, { token: string }>, res: MedusaResponse) {
  let fileKey: string
  try {
    fileKey = verifyEbookDownloadToken(req.params.token, env.EBOOK_URL_SECRET).fileKey
  } catch (error) {
    if (!(error instanceof EbookDownloadLinkError)) throw error
    res.status(error.status).json({ message: error.message })
    return
  }

  const files = req.scope.resolve(Modules.FILE)
  if (imagekitEnabled()) {
    // ImageKit serves the private file itself, through a URL signed to expire within minutes.
    const { url } = await files.retrieveFile(fileKey)
    res.setHeader("Cache-Control", "private, no-store")
    return res.redirect(302, url)
  }
  const stream = await files.getDownloadStream(fileKey)
  const name = downloadName(fileKey)
  stream.once("error", (error) => {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Ebook file ${fileKey} could not be read: ${error.message}`)
    if (res.headersSent) return void res.destroy(error)
    res.removeHeader("Content-Disposition")
    res.status(404).json({ message: "This ebook's file is missing: please contact us" })
  })
  res.setHeader("Content-Type", CONTENT_TYPES[path.extname(name).toLowerCase()] ?? "application/octet-stream")
  res.setHeader("Content-Disposition", `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.pipe(res)
}

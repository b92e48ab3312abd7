import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { env } from "../env"
import type { EbookFile, EbookFormat } from "./files"
import { EbookUploadError, streamEbookUpload, tooLarge } from "./upload-stream"

type Receive = {
  /** The format the file must be; null takes whichever of EPUB or PDF its content is. */
  format: EbookFormat | null
  /** The uploader's name for the file (the stored one gets the format's extension). */
  filename: string
  /** Makes the stored file the variant's (a workflow that deletes it again if it fails). */
  keep: (file: EbookFile) => Promise<unknown>
}

/**
 * The upload route's body, shared by staff's and vendors' routes: the
 * request's body is the file, refused before it is stored when its declared
 * length is over EBOOK_MAX_BYTES or its first bytes are not an ebook,
 * streamed to private storage, then kept. A refused file is answered here
 * (400 or 413 with the reason) and null returned; the rest of its body is
 * read and dropped so the client gets the answer, not a reset connection.
 */
export async function receiveEbookUpload(req: MedusaRequest, res: MedusaResponse, { format, filename, keep }: Receive): Promise<EbookFile | null> {
  try {
    const declared = Number(req.headers["content-length"] ?? NaN)
    if (declared > env.EBOOK_MAX_BYTES) throw tooLarge(env.EBOOK_MAX_BYTES)
    const file = await streamEbookUpload(req.scope.resolve(Modules.FILE), req, { format, filename, maxBytes: env.EBOOK_MAX_BYTES })
    await keep(file)
    return file
  } catch (error) {
    if (!req.readableEnded) req.resume()
    if (!(error instanceof EbookUploadError)) throw error
    res.status(error.status).json({ type: "invalid_data", message: error.message })
    return null
  }
}

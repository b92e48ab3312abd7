import type { Readable } from "node:stream"
import type { IFileModuleService } from "@medusajs/framework/types"
import { megabytes, readHead, streamPrivateUpload } from "../uploads/private-upload"
import { CONTENT_TYPES, ebookFileName, type EbookFile, type EbookFormat } from "./files"
import { ebookContentProblem, SNIFF_BYTES, sniffEbookFormat } from "./sniff"

/** A refused upload: 400 for content that is not the format, 413 for a file over the limit. */
export class EbookUploadError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string
  ) {
    super(message)
  }
}

export const tooLarge = (maxBytes: number) =>
  new EbookUploadError(413, `The file is larger than the ${megabytes(maxBytes)} an ebook may be (EBOOK_MAX_BYTES)`)

/**
 * Streams an upload into the file module as a private file: the first
 * kilobyte is checked to be `format` (with `format` null: an EPUB or a PDF,
 * whichever it is) before anything is stored, then the bytes go on to the
 * provider's upload stream as they arrive (never the whole file in memory),
 * counted, and the upload is abandoned and deleted the moment it passes
 * `maxBytes`. The stored file is named from `filename` with the format's
 * extension. On a refusal the rest of `source` is left unread, for the
 * caller to discard.
 */
export async function streamEbookUpload(
  files: IFileModuleService,
  source: Readable,
  { format, filename, maxBytes }: { format: EbookFormat | null; filename: string; maxBytes: number }
): Promise<EbookFile> {
  const { head, ended } = await readHead(source, SNIFF_BYTES)
  const problem = ebookContentProblem(head, format)
  if (problem) throw new EbookUploadError(400, problem)
  const actual = format ?? sniffEbookFormat(head)!
  const name = ebookFileName(filename, actual)
  const { key, size } = await streamPrivateUpload(files, source, {
    head,
    ended,
    filename: name,
    mimeType: CONTENT_TYPES[actual],
    maxBytes,
    tooLarge: () => tooLarge(maxBytes),
  })
  return { key, name, size, format: actual, uploaded_at: new Date().toISOString() }
}

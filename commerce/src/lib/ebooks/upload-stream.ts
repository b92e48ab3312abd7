import type { Readable } from "node:stream"
import { Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { IFileModuleService } from "@medusajs/framework/types"
import { CONTENT_TYPES, type EbookFile, type EbookFormat } from "./files"
import { ebookContentProblem, SNIFF_BYTES } from "./sniff"

/** A refused upload: 400 for content that is not the format, 413 for a file over the limit. */
export class EbookUploadError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string
  ) {
    super(message)
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

export const tooLarge = (maxBytes: number) =>
  new EbookUploadError(413, `The file is larger than the ${megabytes(maxBytes)} an ebook may be (EBOOK_MAX_BYTES)`)

/** The first `SNIFF_BYTES` of `source` (fewer if it ends sooner), leaving the rest unread and the stream paused. */
function readHead(source: Readable): Promise<{ head: Buffer; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let length = 0
    const finish = (ended: boolean) => {
      source.pause()
      source.off("data", onData).off("end", onEnd).off("error", reject)
      resolve({ head: Buffer.concat(chunks), ended })
    }
    const onData = (chunk: Buffer) => {
      chunks.push(chunk)
      length += chunk.length
      if (length >= SNIFF_BYTES) finish(false)
    }
    const onEnd = () => finish(true)
    source.on("data", onData).once("end", onEnd).once("error", reject)
  })
}

/**
 * Streams a staff upload into the file module as a private file: the first
 * kilobyte is checked to be `format` before anything is stored, then the
 * bytes go on to the provider's upload stream as they arrive (never the whole
 * file in memory), counted, and the upload is abandoned and deleted the
 * moment it passes `maxBytes`. On a refusal the rest of `source` is left
 * unread, for the caller to discard.
 */
export async function streamEbookUpload(
  files: IFileModuleService,
  source: Readable,
  { format, filename, maxBytes }: { format: EbookFormat; filename: string; maxBytes: number }
): Promise<EbookFile> {
  const { head, ended } = await readHead(source)
  const problem = ebookContentProblem(head, format)
  if (problem) throw new EbookUploadError(400, problem)

  const upload = await files.getUploadStream({ filename, mimeType: CONTENT_TYPES[format], access: "private" })
  // Settled below either way; without a handler now, a failed write would count as an unhandled rejection first.
  upload.promise.catch(() => undefined)
  let size = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      done(size > maxBytes ? tooLarge(maxBytes) : null, chunk)
    },
  })
  const interrupted = () => {
    if (!source.readableEnded) counter.destroy(new Error("The upload was interrupted before the whole file arrived"))
  }
  const stored = pipeline(counter, upload.writeStream).then(() => upload.promise)
  counter.write(head)
  if (ended) counter.end()
  else source.once("close", interrupted).pipe(counter)
  try {
    const { key } = await stored
    return { key, name: filename, size, format, uploaded_at: new Date().toISOString() }
  } catch (error) {
    source.off("close", interrupted).unpipe(counter)
    await upload.promise.then(
      ({ key }) => files.deleteFiles(key),
      () => files.deleteFiles(upload.fileKey).catch(() => undefined)
    )
    throw error
  } finally {
    source.off("close", interrupted)
  }
}

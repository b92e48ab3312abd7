import type { Readable } from "node:stream"
import { Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { IFileModuleService } from "@medusajs/framework/types"
import { sniffAttachment, SNIFF_BYTES } from "./sniff"

/** A refused upload: 400 for a bad name or empty file, 413 over the size limit, 415 for a type not allowed. */
export class AttachmentUploadError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string
  ) {
    super(message)
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

export const attachmentTooLarge = (maxBytes: number) =>
  new AttachmentUploadError(413, `The file is larger than the ${megabytes(maxBytes)} a lesson attachment may be (LESSON_ATTACHMENT_MAX_BYTES)`)

export type UploadedAttachment = { file_key: string; filename: string; mime_type: string; size_bytes: number }

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
 * Streams a staff upload into the file module as a private file, as ebook
 * uploads do: the first kilobyte decides the type before anything is stored,
 * the rest goes to the provider as it arrives, counted, and the stored part
 * is deleted the moment it passes `maxBytes`. On a refusal the rest of
 * `source` is left unread, for the caller to discard.
 */
export async function streamAttachmentUpload(
  files: IFileModuleService,
  source: Readable,
  { filename, maxBytes }: { filename: string; maxBytes: number }
): Promise<UploadedAttachment> {
  const { head, ended } = await readHead(source)
  const sniffed = sniffAttachment(head, filename)
  if ("status" in sniffed) throw new AttachmentUploadError(sniffed.status, sniffed.message)

  const upload = await files.getUploadStream({ filename, mimeType: sniffed.mime, access: "private" })
  upload.promise.catch(() => undefined)
  let size = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      done(size > maxBytes ? attachmentTooLarge(maxBytes) : null, chunk)
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
    return { file_key: key, filename, mime_type: sniffed.mime, size_bytes: size }
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

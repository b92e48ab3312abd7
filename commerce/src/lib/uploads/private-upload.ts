import type { Readable } from "node:stream"
import { Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { IFileModuleService } from "@medusajs/framework/types"

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** The first `bytes` of `source` (fewer if it ends sooner), leaving the rest unread and the stream paused. */
export function readHead(source: Readable, bytes: number): Promise<{ head: Buffer; ended: boolean }> {
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
      if (length >= bytes) finish(false)
    }
    const onEnd = () => finish(true)
    source.on("data", onData).once("end", onEnd).once("error", reject)
  })
}

type Upload = {
  /** What readHead answered: the bytes already read (and checked by the caller), and whether that was all. */
  head: Buffer
  ended: boolean
  filename: string
  mimeType: string
  maxBytes: number
  /** The error a file over `maxBytes` fails with (the caller's words and status). */
  tooLarge: () => Error
}

/**
 * Streams the rest of a staff upload, after its head was checked, into the
 * file module as a private file: the bytes go on to the provider's upload
 * stream as they arrive (never the whole file in memory), counted, and the
 * upload is abandoned and its stored part deleted the moment it passes
 * `maxBytes` or the client goes away. Answers the stored key and size.
 */
export async function streamPrivateUpload(files: IFileModuleService, source: Readable, u: Upload): Promise<{ key: string; size: number }> {
  const upload = await files.getUploadStream({ filename: u.filename, mimeType: u.mimeType, access: "private" })
  // Settled below either way; without a handler now, a failed write would count as an unhandled rejection first.
  upload.promise.catch(() => undefined)
  let size = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      done(size > u.maxBytes ? u.tooLarge() : null, chunk)
    },
  })
  const interrupted = () => {
    if (!source.readableEnded) counter.destroy(new Error("The upload was interrupted before the whole file arrived"))
  }
  const stored = pipeline(counter, upload.writeStream).then(() => upload.promise)
  counter.write(u.head)
  if (u.ended) counter.end()
  else source.once("close", interrupted).pipe(counter)
  try {
    const { key } = await stored
    return { key, size }
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

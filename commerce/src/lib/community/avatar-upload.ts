import type { IncomingMessage } from "node:http"
import { megabytes } from "../uploads/private-upload"
import { AvatarUploadError } from "./avatar-image"

/** Room for the multipart framing around the file (boundaries, part headers, a few small fields). */
const FORM_OVERHEAD_BYTES = 16 * 1024

export const avatarTooLarge = (maxBytes: number) =>
  new AvatarUploadError(413, `The avatar is larger than the ${megabytes(maxBytes)} an avatar may be (COMMUNITY_AVATAR_MAX_BYTES)`)

const noFile = () => new AvatarUploadError(400, "Send the image as multipart/form-data, in a field named file")

/** The request body, refused as soon as it passes `limit` bytes (the rest is left unread for the caller to discard). */
function readBody(req: IncomingMessage, limit: number, tooLarge: () => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off("data", onData).off("end", onEnd).pause()
      reject(tooLarge())
    }
    const onEnd = () => resolve(Buffer.concat(chunks))
    req.on("data", onData).once("end", onEnd).once("error", reject)
  })
}

/**
 * The file of a multipart avatar upload (field `file`) and its name. The
 * body is read with a cap, so a client cannot make the server hold more than
 * `maxBytes` and the form's framing; the form is parsed by Node's own fetch
 * implementation (no dependency for one small file).
 */
export async function readAvatarUpload(req: IncomingMessage, maxBytes: number): Promise<{ content: Buffer; filename: string }> {
  const type = req.headers["content-type"] ?? ""
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) throw noFile()
  if (Number(req.headers["content-length"] ?? 0) > maxBytes + FORM_OVERHEAD_BYTES) throw avatarTooLarge(maxBytes)
  const body = await readBody(req, maxBytes + FORM_OVERHEAD_BYTES, () => avatarTooLarge(maxBytes))
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData().catch(() => {
    throw new AvatarUploadError(400, "The upload is not a readable multipart/form-data body")
  })
  const file = form.get("file")
  if (!file || typeof file === "string") throw noFile()
  if (file.size > maxBytes) throw avatarTooLarge(maxBytes)
  return { content: Buffer.from(await file.arrayBuffer()), filename: ((file as File).name || "avatar").slice(0, 100) }
}

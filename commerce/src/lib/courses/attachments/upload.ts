import type { Readable } from "node:stream"
import type { IFileModuleService } from "@medusajs/framework/types"
import { megabytes, readHead, streamPrivateUpload } from "../../uploads/private-upload"
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

export const attachmentTooLarge = (maxBytes: number) =>
  new AttachmentUploadError(413, `The file is larger than the ${megabytes(maxBytes)} a lesson attachment may be (LESSON_ATTACHMENT_MAX_BYTES)`)

export type UploadedAttachment = { file_key: string; filename: string; mime_type: string; size_bytes: number }

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
  const { head, ended } = await readHead(source, SNIFF_BYTES)
  const sniffed = sniffAttachment(head, filename)
  if ("status" in sniffed) throw new AttachmentUploadError(sniffed.status, sniffed.message)
  const { key, size } = await streamPrivateUpload(files, source, {
    head,
    ended,
    filename,
    mimeType: sniffed.mime,
    maxBytes,
    tooLarge: () => attachmentTooLarge(maxBytes),
  })
  return { file_key: key, filename, mime_type: sniffed.mime, size_bytes: size }
}

import path from "node:path"

/** Bytes enough to tell the allowed kinds apart. */
export const SNIFF_BYTES = 1024

type Kind = { label: string; mime: string; extensions: string[] }

const KINDS: Record<string, Kind> = {
  pdf: { label: "a PDF", mime: "application/pdf", extensions: [".pdf"] },
  png: { label: "a PNG image", mime: "image/png", extensions: [".png"] },
  jpeg: { label: "a JPEG image", mime: "image/jpeg", extensions: [".jpg", ".jpeg"] },
  text: { label: "a text file", mime: "text/plain; charset=utf-8", extensions: [".txt", ".md"] },
  csv: { label: "a CSV file", mime: "text/csv; charset=utf-8", extensions: [".csv"] },
}

/** Zip-based documents: the zip is only accepted under one of these names. */
const ZIP_DOCUMENTS: Record<string, string> = {
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".epub": "application/epub+zip",
}

export const ALLOWED_ATTACHMENTS = "PDF, Word, PowerPoint, Excel, EPUB, PNG, JPEG, plain text or CSV"

/** A refused attachment, with the HTTP status and the words staff see. */
export type AttachmentProblem = { status: 400 | 415; message: string }

const looksLikeText = (head: Buffer) => {
  if (head.includes(0)) return false
  // A multi-byte character cut at the end of the sniffed bytes is not a reason to refuse.
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head)
  return !text.slice(0, -1).includes("\uFFFD")
}

function contentKind(head: Buffer): string | null {
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf"
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png"
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg"
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return "zip"
  if (looksLikeText(head)) return "text"
  return null
}

/**
 * What an upload is, from its first bytes and its name: the MIME type it is
 * stored and served as, or why it is refused. The name must agree with the
 * content (a PDF named .exe is refused), and a zip is only taken as the
 * Office document or EPUB its name says.
 */
export function sniffAttachment(head: Buffer, filename: string): { mime: string } | AttachmentProblem {
  if (!head.length) return { status: 400, message: "The file is empty" }
  const ext = path.extname(filename).toLowerCase()
  const kind = contentKind(head)
  if (kind === "zip") {
    if (ZIP_DOCUMENTS[ext]) return { mime: ZIP_DOCUMENTS[ext] }
    return { status: 415, message: `This zip is not an allowed attachment: only ${ALLOWED_ATTACHMENTS} files (name it .docx, .pptx, .xlsx or .epub)` }
  }
  if (kind === "text" && ext === ".csv") return { mime: KINDS.csv.mime }
  if (!kind) return { status: 415, message: `This file's type is not allowed: attachments are ${ALLOWED_ATTACHMENTS} files` }
  const found = KINDS[kind]
  if (!found.extensions.includes(ext)) {
    return { status: 400, message: `This file is ${found.label}, but "${filename}" does not end in ${found.extensions.join(" or ")}` }
  }
  return { mime: found.mime }
}

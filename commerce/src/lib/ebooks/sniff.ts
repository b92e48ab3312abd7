import type { EbookFormat } from "./files"

/** Bytes enough to tell an EPUB or PDF apart: a zip entry header, its name and the start of its content. */
export const SNIFF_BYTES = 1024

const EPUB_MIMETYPE = "application/epub+zip"

/**
 * What the first bytes of an upload are: an EPUB (a zip whose first entry is
 * `mimetype`, stored uncompressed, saying application/epub+zip, as the EPUB
 * container spec requires) or a PDF (`%PDF-`). Null for anything else.
 */
export function sniffEbookFormat(head: Buffer): EbookFormat | null {
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf"
  if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) return null
  const method = head.readUInt16LE(8)
  const nameLength = head.readUInt16LE(26)
  const extraLength = head.readUInt16LE(28)
  const name = head.subarray(30, 30 + nameLength).toString("latin1")
  const start = 30 + nameLength + extraLength
  const content = head.subarray(start, start + EPUB_MIMETYPE.length).toString("latin1")
  return method === 0 && name === "mimetype" && content === EPUB_MIMETYPE ? "epub" : null
}

const LABEL: Record<EbookFormat, string> = { epub: "an EPUB", pdf: "a PDF" }

/**
 * Why an upload is refused as `expected` (or, with `expected` null, as
 * either format), in words for the uploader; null when it is one.
 */
export function ebookContentProblem(head: Buffer, expected: EbookFormat | null): string | null {
  const found = sniffEbookFormat(head)
  if (found && (expected === null || found === expected)) return null
  if (found) return `This file is ${LABEL[found]}, not ${LABEL[expected!]}: upload it as the ${found.toUpperCase()} file`
  if (!head.length) return "The file is empty"
  if (expected !== "pdf" && head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) {
    return "This zip is not an EPUB: an EPUB's first entry is an uncompressed `mimetype` file saying application/epub+zip"
  }
  if (expected === null) return "This file is neither an EPUB nor a PDF: an EPUB is a zip whose first entry is `mimetype`, a PDF starts with %PDF-"
  return `This file is not ${LABEL[expected]}: ${expected === "pdf" ? "a PDF starts with %PDF-" : "an EPUB is a zip whose first entry is `mimetype`"}`
}

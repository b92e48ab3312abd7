import path from "node:path"
import { EBOOK_FILE_KEY } from "./format"

/** The formats staff can upload and readers can choose between, in the order a reader is offered them. */
export const EBOOK_FORMATS = ["epub", "pdf"] as const
export type EbookFormat = (typeof EBOOK_FORMATS)[number]

/** Where an ebook variant keeps its files, one per format: `{ epub?: EbookFile, pdf?: EbookFile }`. */
export const EBOOK_FILES = "ebook_files"

export type EbookFile = {
  /** The private file's key in the file module. */
  key: string
  /** The name a reader's download gets. */
  name: string
  /** Bytes; null for a file set before sizes were recorded (the old `ebook_file_key`). */
  size: number | null
  format: EbookFormat
  uploaded_at: string | null
}

export type EbookFiles = Partial<Record<EbookFormat, EbookFile>>

export const CONTENT_TYPES: Record<EbookFormat, string> = { epub: "application/epub+zip", pdf: "application/pdf" }

type WithMetadata = { metadata?: Record<string, unknown> | null } | null | undefined

/** The local provider stores "private-<time>-<name>": the reader gets "<name>". */
export const nameFromKey = (key: string) => path.basename(key).replace(/^private-\d+-/, "")

const formatOfKey = (key: string): EbookFormat => (path.extname(key).toLowerCase() === ".epub" ? "epub" : "pdf")

const legacyKey = (variant: WithMetadata) => {
  const key = variant?.metadata?.[EBOOK_FILE_KEY]
  return typeof key === "string" && key.length > 0 ? key : null
}

const isFile = (value: unknown, format: EbookFormat): value is EbookFile =>
  !!value && typeof value === "object" && typeof (value as EbookFile).key === "string" && (value as EbookFile).key.length > 0 && (value as EbookFile).format === format

/**
 * A variant's ebook files by format. `ebook_file_key`, the one file an ebook
 * had before formats (and what older databases hold), still counts: as the
 * file of the format its name says, unless that format has a newer file.
 */
export function ebookFiles(variant: WithMetadata): EbookFiles {
  const stored = variant?.metadata?.[EBOOK_FILES]
  const files: EbookFiles = {}
  for (const format of EBOOK_FORMATS) {
    const file = stored && typeof stored === "object" ? (stored as Record<string, unknown>)[format] : undefined
    if (isFile(file, format)) files[format] = file
  }
  const legacy = legacyKey(variant)
  if (legacy && !files[formatOfKey(legacy)]) {
    files[formatOfKey(legacy)] = { key: legacy, name: nameFromKey(legacy), size: null, format: formatOfKey(legacy), uploaded_at: null }
  }
  return files
}

/** The formats a variant has a file for, in the order readers are offered them. */
export const ebookFormats = (variant: WithMetadata): EbookFormat[] => EBOOK_FORMATS.filter((format) => ebookFiles(variant)[format])

/**
 * The format served when a reader asks for none (an older storefront, a
 * guest's emailed link): the one `ebook_file_key` names, as before formats
 * existed, else the first the variant has (EPUB, then PDF).
 */
export function defaultEbookFormat(variant: WithMetadata): EbookFormat | null {
  const legacy = legacyKey(variant)
  return legacy ? formatOfKey(legacy) : (ebookFormats(variant)[0] ?? null)
}

/** The file of `format`, or, with no format asked for, the default one. */
export function pickEbookFile(variant: WithMetadata, format?: EbookFormat | null): EbookFile | null {
  const chosen = format ?? defaultEbookFormat(variant)
  return chosen ? (ebookFiles(variant)[chosen] ?? null) : null
}

/**
 * The metadata update that sets (or, with `file` null, clears) one format's
 * file, and the keys of the files it leaves behind. Medusa merges metadata
 * one level deep and deletes a key set to "". `ebook_file_key`, when it
 * names this format, follows the change, so it still names the default file.
 */
export function ebookFilesUpdate(variant: WithMetadata, format: EbookFormat, file: EbookFile | null) {
  const current = ebookFiles(variant)
  const next: EbookFiles = { ...current }
  if (file) next[format] = file
  else delete next[format]
  const legacy = legacyKey(variant)
  const followsLegacy = !!legacy && formatOfKey(legacy) === format
  const replacedKeys = [current[format]?.key, followsLegacy ? legacy : null].filter((key): key is string => !!key && key !== file?.key)
  const update: Record<string, unknown> = { [EBOOK_FILES]: next }
  if (followsLegacy) update[EBOOK_FILE_KEY] = file?.key ?? ""
  return { update, replacedKeys: [...new Set(replacedKeys)] }
}

/** A name safe in a file key and a download header, ending in the format's extension: "My Book (2nd).epub" → "My-Book-2nd.epub". */
export function ebookFileName(filename: string, format: EbookFormat): string {
  const { name } = path.parse(path.basename(filename.replace(/\\/g, "/")))
  const readable = name.normalize("NFKD").replace(/[^\w.-]+/g, "-").replace(/^[-.]+|-+$/g, "").slice(0, 120) || "ebook"
  return `${readable}.${format}`
}

export type EbookFileSummary = { name: string; size: number | null; format: EbookFormat; uploaded_at: string | null }

/** Each format's file as staff and vendors see it (name, size, date), never its storage key; null for a format with none. */
export function presentEbookFiles(variant: WithMetadata): Record<EbookFormat, EbookFileSummary | null> {
  const files = ebookFiles(variant)
  return Object.fromEntries(
    EBOOK_FORMATS.map((format) => {
      const file = files[format]
      return [format, file ? { name: file.name, size: file.size, format, uploaded_at: file.uploaded_at } : null]
    })
  ) as Record<EbookFormat, EbookFileSummary | null>
}

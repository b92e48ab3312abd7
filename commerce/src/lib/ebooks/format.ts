type VariantWithOptions = { options?: ({ value?: string | null; option?: { title?: string | null } | null } | null)[] | null }

/** The variant's "Format" option says what is shipped: staff set it in the admin. */
export const isEbookVariant = (variant: VariantWithOptions | null | undefined) =>
  (variant?.options ?? []).some((o) => o?.option?.title?.toLowerCase() === "format" && o.value?.toLowerCase() === "ebook")

/** Where an ebook variant keeps the key of its private file (file module). */
export const EBOOK_FILE_KEY = "ebook_file_key"

export const ebookFileKey = (variant: { metadata?: Record<string, unknown> | null } | null | undefined): string | null => {
  const key = variant?.metadata?.[EBOOK_FILE_KEY]
  return typeof key === "string" && key.length > 0 ? key : null
}

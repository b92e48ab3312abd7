import { adminApi } from "./admin-api"

export type EbookFormat = "epub" | "pdf"
export const EBOOK_FORMATS: EbookFormat[] = ["epub", "pdf"]

export type AdminEbookFile = { name: string; size: number | null; format: EbookFormat; uploaded_at: string | null }
export type AdminEbookVariant = {
  id: string
  title: string | null
  sku: string | null
  product_id: string | null
  files: Record<EbookFormat, AdminEbookFile | null>
}

/** A product's ebook variants with their files, and the largest file commerce accepts. */
export const listEbookVariants = (productId: string) =>
  adminApi<{ variants: AdminEbookVariant[]; max_bytes: number }>(`/admin/ebooks?product_id=${encodeURIComponent(productId)}`)

/**
 * Uploads (or replaces) one format's file. The file is the request's body,
 * as the browser reads it from disk, so commerce can stream it to storage.
 */
export async function uploadEbookFile(variantId: string, format: EbookFormat, file: File): Promise<AdminEbookVariant> {
  const res = await fetch(`/admin/ebooks/${encodeURIComponent(variantId)}/${format}?filename=${encodeURIComponent(file.name)}`, {
    method: "PUT",
    credentials: "include",
    headers: { "content-type": file.type || "application/octet-stream" },
    body: file,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error((data as { message?: string }).message ?? `Commerce answered ${res.status}`)
  return (data as { variant: AdminEbookVariant }).variant
}

export const removeEbookFile = (variantId: string, format: EbookFormat) =>
  adminApi<{ variant: AdminEbookVariant }>(`/admin/ebooks/${encodeURIComponent(variantId)}/${format}`, { method: "DELETE" }).then((d) => d.variant)

/** 1.2 MB, 340 KB, 12 bytes. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return "size unknown"
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

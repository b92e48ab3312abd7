import "server-only"
import { env } from "../env"
import { HttpError } from "../util/errors"
import { getVendorToken } from "./cookies"
import { vendorFetch } from "./vendor-portal"

export type EbookFormat = "epub" | "pdf"
export type VendorEbookFile = { name: string; size: number | null; format: EbookFormat; uploaded_at: string | null }
export type VendorEbook = { product_id: string; variant_id: string; in_shop: boolean; files: Record<EbookFormat, VendorEbookFile | null>; max_bytes: number }

export type VendorLesson = {
  id: string
  title: string
  kind: "video" | "text"
  body: string | null
  body_html: string | null
  video_url: string | null
  duration_minutes: number | null
  is_free_preview: boolean
  rank: number
}
export type VendorCourse = { id: string; handle: string; status: string; sections: { id: string; title: string; rank: number; lessons: VendorLesson[] }[] }

const productPath = (id: string) => `/vendors/me/products/${encodeURIComponent(id)}`

/** The files of one of the vendor's ebooks, or null when the product has no ebook (or is not theirs). */
export async function retrieveVendorEbook(productId: string): Promise<VendorEbook | null> {
  try {
    return (await vendorFetch<{ ebook: VendorEbook }>(`${productPath(productId)}/ebook-file`)).ebook
  } catch (error) {
    if (error instanceof HttpError && (error.status === 400 || error.status === 404)) return null
    throw error
  }
}

/** The vendor's own course with its sections and lessons; null before its first section. */
export async function retrieveVendorCourse(productId: string): Promise<VendorCourse | null> {
  return (await vendorFetch<{ course: VendorCourse | null }>(`${productPath(productId)}/course`)).course
}

/**
 * Sends an ebook file on to commerce as it arrives (the browser's body,
 * never held whole here): commerce checks its content and size. Answers
 * commerce's status and body, its refusals in its own words.
 */
export async function sendVendorEbookFile(productId: string, file: { body: ReadableStream<Uint8Array>; filename: string; length: string | null }) {
  const token = await getVendorToken()
  if (!token) return { status: 401, body: { message: "Your vendor session has ended: sign in again." } }
  const res = await fetch(`${env.MEDUSA_BACKEND_URL}${productPath(productId)}/ebook-file?${new URLSearchParams({ filename: file.filename })}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream", ...(file.length ? { "content-length": file.length } : {}) },
    body: file.body,
    duplex: "half",
    cache: "no-store",
  } as RequestInit)
  return { status: res.status, body: (await res.json().catch(() => ({}))) as { ebook?: VendorEbook; message?: string } }
}

import "server-only"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { toBackendError } from "../util/errors"
import { authHeaders } from "./cookies"

/** One ebook the signed-in reader owns (commerce's `GET /store/customers/me/library`). */
export type LibraryItem = {
  /** The order line: what a download link is asked for. */
  id: string
  order_id: string
  order_display_id: number
  product_title: string | null
  product_handle: string | null
  variant_title: string | null
  thumbnail: string | null
  purchased_at: string
  /** The files the reader can choose between, EPUB first; empty until the shop uploads one. */
  formats: EbookFormat[]
}

export type EbookFormat = "epub" | "pdf"

const privateFetch = async () => ({
  headers: await authHeaders(),
  cache: "no-store" as const,
  signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
})

/** The signed-in reader's ebooks, newest purchase first; commerce checks the token. */
export async function listLibrary(): Promise<LibraryItem[]> {
  const { items } = await storeFetch<{ items: LibraryItem[] }>("/store/customers/me/library", await privateFetch())
  return items
}

/**
 * A short-lived link to one of the reader's ebooks, in `format` (else the
 * ebook's default file). Commerce answers 404 for anything not in the
 * caller's paid orders, so ownership is its check.
 */
export async function createDownloadLink(itemId: string, format?: EbookFormat): Promise<{ url: string; expires_at: string }> {
  return storeFetch<{ url: string; expires_at: string }>(`/store/customers/me/library/${encodeURIComponent(itemId)}/download`, {
    method: "POST",
    ...(format ? { body: { format } } : {}),
    ...(await privateFetch()),
  })
}

/** Whether this visitor owns the ebook of a book (by its product handle): the book page's "already yours" notice. */
export async function retrieveEbookOwnership(productHandle: string): Promise<{ signedIn: boolean; owned: boolean }> {
  if (!("authorization" in (await authHeaders()))) return { signedIn: false, owned: false }
  try {
    return { signedIn: true, owned: (await listLibrary()).some((item) => item.product_handle === productHandle) }
  } catch (error) {
    if (toBackendError("commerce", error).status === 401) return { signedIn: false, owned: false }
    throw error
  }
}

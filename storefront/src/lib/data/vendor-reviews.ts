import "server-only"
import { vendorFetch } from "./vendor-portal"

/** A reader's review of one of the vendor's products, as the shop shows it (the reader's short name only). */
export type VendorReview = {
  id: string
  product: { id: string; title: string | null; handle: string | null }
  rating: number
  title: string | null
  body: string
  reader_name: string
  verified_purchase: boolean
  created_at: string
}

export const VENDOR_REVIEWS_PAGE_SIZE = 20

/** A page of the visible reviews of the signed-in vendor's products, newest first. */
export async function listVendorReviews(page = 1): Promise<{ reviews: VendorReview[]; count: number }> {
  const query = new URLSearchParams({ limit: String(VENDOR_REVIEWS_PAGE_SIZE), offset: String((page - 1) * VENDOR_REVIEWS_PAGE_SIZE) })
  return vendorFetch(`/vendors/me/reviews?${query}`)
}

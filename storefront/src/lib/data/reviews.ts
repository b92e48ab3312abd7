import "server-only"
import { BACKEND_TIMEOUT_MS, cacheTags, privateFetchOptions, publicFetchOptions } from "../cache"
import { storeFetch } from "../config"
import { toBackendError } from "../util/errors"
import { authHeaders } from "./cookies"

/** A published review as the store shows it: the reader's first name and last initial only. */
export type StoreReview = {
  id: string
  product_id: string
  rating: number
  title: string | null
  body: string
  verified_purchase: boolean
  status: "visible" | "hidden"
  reader_name: string
  created_at: string
  updated_at: string
}
export type RatingSummary = { average: number | null; count: number }
export type ProductReviews = RatingSummary & { reviews: StoreReview[] }
export type MyReview = { review: StoreReview | null; can_review: boolean }
export type ReviewInput = { rating: number; title: string | null; body: string }

/**
 * A product's visible reviews, newest first, with the average and count:
 * cached for everyone, expired by commerce on any change. A book page still
 * renders (without reviews) when they cannot be read.
 */
export async function listProductReviews(productId: string, limit = 20): Promise<ProductReviews> {
  try {
    const { reviews, average, count } = await storeFetch<ProductReviews>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
      query: { limit },
      ...publicFetchOptions(cacheTags.reviews(productId)),
    })
    return { reviews, average, count }
  } catch (error) {
    console.error(`[reviews] reviews of ${productId} unavailable: ${toBackendError("commerce", error).message}`)
    return { reviews: [], average: null, count: 0 }
  }
}

/**
 * The rating summary of each listed product (products without reviews answer
 * count 0). Only decoration on a card: if commerce cannot answer, the cards
 * show without stars rather than the listing failing.
 */
export async function listProductRatings(productIds: string[]): Promise<Record<string, RatingSummary>> {
  if (!productIds.length) return {}
  try {
    const { ratings } = await storeFetch<{ ratings: Record<string, RatingSummary> }>("/store/product-ratings", {
      query: { product_id: [...new Set(productIds)].sort().join(",") },
      ...publicFetchOptions(cacheTags.ratings),
    })
    return ratings
  } catch (error) {
    console.error(`[reviews] ratings unavailable: ${toBackendError("commerce", error).message}`)
    return {}
  }
}

/** The signed-in reader's own review of a product, and whether they may write one. */
export async function retrieveMyReview(productId: string): Promise<MyReview> {
  return storeFetch<MyReview>(`/store/products/${encodeURIComponent(productId)}/reviews/me`, {
    headers: await authHeaders(),
    ...privateFetchOptions(),
  })
}

/** Publishes the signed-in reader's review (commerce checks they bought it). */
export async function createReview(productId: string, input: ReviewInput): Promise<StoreReview> {
  const { review } = await storeFetch<{ review: StoreReview }>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
    method: "POST",
    headers: await authHeaders(),
    body: input,
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  })
  return review
}

/** Rewrites the signed-in reader's review. */
export async function updateMyReview(productId: string, input: ReviewInput): Promise<StoreReview> {
  const { review } = await storeFetch<{ review: StoreReview }>(`/store/products/${encodeURIComponent(productId)}/reviews/me`, {
    method: "PUT",
    headers: await authHeaders(),
    body: input,
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  })
  return review
}

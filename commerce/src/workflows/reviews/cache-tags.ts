/**
 * The storefront's tags a review change makes stale: the product's reviews
 * (its page) and the listings' rating summaries.
 */
export const reviewCacheTags = (productIds: string[]): string[] =>
  productIds.length ? ["reviews", ...[...new Set(productIds)].map((id) => `reviews:${id}`)] : []

/**
 * How long shared data may be served from Next's data cache when no backend
 * has asked for a refresh sooner. Changes normally arrive by tag: commerce
 * and the cms POST the tags below to /api/revalidate.
 */
export const PUBLIC_REVALIDATE_SECONDS = 3600

/** A backend that has not answered by then is treated as down. */
export const BACKEND_TIMEOUT_MS = 5000

/** Every tag the storefront puts on cached data, so the webhook contract lives in one place. */
export const cacheTags = {
  regions: "regions",
  products: "products",
  product: (handle: string) => `product:${handle}`,
  posts: "posts",
  courses: "courses",
  course: (handle: string) => `course:${handle}`,
  post: (slug: string) => `post:${slug}`,
  events: "events",
  event: (slug: string) => `event:${slug}`,
  pages: "pages",
  page: (slug: string) => `page:${slug}`,
  /** Header and footer links (the cms's globals). */
  nav: "nav",
  /** The brand: the cms's site settings (name, tagline, author, logo, share image, links). */
  settings: "settings",
  categories: "categories",
  /** Every product's rating summary (listing cards); commerce expires it with any review change. */
  ratings: "reviews",
  /** One product's reviews, average and count (its page). */
  reviews: (productId: string) => `reviews:${productId}`,
  publishableKey: "publishable-key",
} as const

/** Fetch options for one visitor's data: never cached, time-limited. */
export function privateFetchOptions() {
  return { cache: "no-store" as const, signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS) }
}

/** Fetch options for public data shared by every visitor: cached, tagged, time-limited. */
export function publicFetchOptions(...tags: string[]) {
  return {
    next: { revalidate: PUBLIC_REVALIDATE_SECONDS, tags },
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  }
}

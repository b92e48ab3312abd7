/** Which posts a blog listing shows: all, one category's (by slug) or one tag's. */
export type BlogFilter = { category?: string; tag?: string }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Tags are free text in the cms; in URLs they are encoded, and bounded here. */
const MAX_TAG = 60

/**
 * The listing's URL: `/ng/blog`, `/ng/blog/page/2`, `/ng/blog/category/<slug>/2`,
 * `/ng/blog/tag/<tag>/2`. Path segments rather than a query string, so every
 * listing is its own cached page.
 */
export function blogHref(countryCode: string, { category, tag }: BlogFilter = {}, page = 1): string {
  const base = `/${countryCode}/blog`
  if (category) return `${base}/category/${category}${page > 1 ? `/${page}` : ""}`
  if (tag) return `${base}/tag/${encodeURIComponent(tag)}${page > 1 ? `/${page}` : ""}`
  return page > 1 ? `${base}/page/${page}` : base
}

/** A page number from a URL segment: a positive whole number without leading zeros, or null. */
export function parsePageSegment(segment: string | string[] | undefined): number | null {
  const value = Array.isArray(segment) ? (segment.length === 1 ? segment[0] : segment.length === 0 ? "1" : undefined) : (segment ?? "1")
  if (!value || !/^[1-9][0-9]{0,3}$/.test(value)) return null
  return Number(value)
}

export function isCategorySlug(value: string): boolean {
  return value.length <= 100 && SLUG.test(value)
}

/** A tag from its URL segment, or null when it cannot be one. */
export function parseTagSegment(segment: string): string | null {
  let tag: string
  try {
    tag = decodeURIComponent(segment).trim()
  } catch {
    return null
  }
  return tag && tag.length <= MAX_TAG ? tag : null
}

/** A Payload upload (the cms's `media` collection) as the storefront shows it. */
export type Media = {
  id: number | string
  alt: string
  url?: string | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null } | undefined>
}

/** Uploads arrive populated at depth ≥ 1; at depth 0 they are ids, which carry nothing to show. */
export function asMedia(value: unknown): Media | null {
  if (typeof value !== "object" || value === null) return null
  const media = value as Media
  return typeof media.url === "string" && media.url ? media : null
}

/** Payload serves uploads under its own origin; relative URLs are made absolute against it. */
export function mediaUrl(url: string, cmsUrl: string): string {
  return /^https?:\/\//.test(url) ? url : `${cmsUrl}${url.startsWith("/") ? "" : "/"}${url}`
}

/** A tracking address worth a link: http or https only, so a label's `javascript:` or `data:` address never becomes one. */
export function trackingUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null
  } catch {
    return null
  }
}

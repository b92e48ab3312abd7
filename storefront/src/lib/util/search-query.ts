/** The longest search commerce accepts. */
export const MAX_SEARCH_LENGTH = 100

/** A search as typed, trimmed; null when there is nothing to search for. */
export function parseSearchQuery(value: unknown): { ok: true; q: string } | { ok: false; error: string } | null {
  if (typeof value !== "string") return null
  const q = value.trim().replace(/\s+/g, " ")
  if (!q) return null
  if (q.length > MAX_SEARCH_LENGTH) return { ok: false, error: `Search for at most ${MAX_SEARCH_LENGTH} characters.` }
  return { ok: true, q }
}

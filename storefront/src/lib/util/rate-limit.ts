/**
 * A fixed-window counter per key, in this server's memory: enough to stop one
 * shopper hammering a form. Several storefront instances each count alone.
 */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const windows = new Map<string, { startedAt: number; count: number }>()
  return function allow(key: string, now = Date.now()): boolean {
    const current = windows.get(key)
    if (!current || now - current.startedAt >= windowMs) {
      if (windows.size > 10_000) windows.clear()
      windows.set(key, { startedAt: now, count: 1 })
      return true
    }
    current.count += 1
    return current.count <= limit
  }
}

/**
 * A small circuit breaker: after `threshold` failures in a row the circuit
 * opens and `isOpen()` answers true for `coolOffMs`; after that the next call
 * is let through again (half-open). One success closes it; one more failure
 * while half-open opens it again at once. State lives in this process only.
 */
export type CircuitBreaker = {
  isOpen(): boolean
  recordFailure(): void
  recordSuccess(): void
}

export function createCircuitBreaker({
  threshold = 3,
  coolOffMs = 5 * 60_000,
  now = Date.now,
}: { threshold?: number; coolOffMs?: number; now?: () => number } = {}): CircuitBreaker {
  let failures = 0
  let openedAt: number | null = null
  return {
    isOpen: () => openedAt !== null && now() - openedAt < coolOffMs,
    recordFailure() {
      failures++
      // Half-open (cool-off over) and failing again, or the threshold reached: (re)open.
      if (openedAt !== null || failures >= threshold) openedAt = now()
    },
    recordSuccess() {
      failures = 0
      openedAt = null
    },
  }
}

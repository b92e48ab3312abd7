// Paystack sends a webhook again when the merchant's server did not take it:
// no answer, a dropped connection, or a status other than 2xx. In live mode
// it retries every 3 minutes for the first 4 tries, then hourly for 72 hours
// (https://paystack.com/docs/payments/webhooks/). Tests shorten the waits
// through the simulator's `behaviour.webhookRetry`.

/** Paystack's live-mode schedule. */
export const PAYSTACK_WEBHOOK_RETRY = Object.freeze({
  /** Wait before each of the first `firstRetries` retries. */
  firstMs: 3 * 60_000,
  firstRetries: 4,
  /** Wait before each later retry, `laterRetries` of them. */
  laterMs: 60 * 60_000,
  laterRetries: 72,
})

/** Whether Paystack counts an attempt as delivered: a 2xx answer. */
export const delivered = (status) => typeof status === "number" && status >= 200 && status < 300

/**
 * The schedule a test asked for: `false` turns redelivery off, an object
 * overrides some of Paystack's numbers (`{ firstMs: 500, laterMs: 1000 }`).
 * Answers null for an unusable value.
 */
export function retrySchedule(value) {
  if (value === false) return false
  if (value === undefined || value === null) return PAYSTACK_WEBHOOK_RETRY
  if (typeof value !== "object") return null
  const schedule = { ...PAYSTACK_WEBHOOK_RETRY, ...value }
  const valid = Object.entries(schedule).every(([key, n]) => key in PAYSTACK_WEBHOOK_RETRY && Number.isInteger(n) && n >= 0)
  return valid ? schedule : null
}

/** How long to wait before retry number `retry` (1 is the first), or null once Paystack has given up. */
export function retryDelay(schedule, retry) {
  if (!schedule) return null
  if (retry <= schedule.firstRetries) return schedule.firstMs
  if (retry <= schedule.firstRetries + schedule.laterRetries) return schedule.laterMs
  return null
}

/**
 * Import right after paystack-simulator-env: commerce gives up on a Paystack
 * request after this long, so a hanging simulator answers a spec in seconds.
 */
export const PAYSTACK_TIMEOUT_MS = 1_500
process.env.PAYSTACK_TIMEOUT_MS = String(PAYSTACK_TIMEOUT_MS)

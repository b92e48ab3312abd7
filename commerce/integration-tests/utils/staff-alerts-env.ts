import { freePortSync } from "./paystack-simulator"

/**
 * Import first (after the simulator's env) in a spec of staff alerts: emails
 * go out through Resend to a local fake, so the spec reads what staff get.
 * commerce's env module is read once, so these must be set before any
 * application import.
 */
export const RESEND_API_KEY = "re_test_staff_alerts"
export const RESEND_PORT = freePortSync()
process.env.RESEND_API_KEY = RESEND_API_KEY
process.env.RESEND_BASE_URL = `http://127.0.0.1:${RESEND_PORT}`

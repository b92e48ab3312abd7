import { freePortSync } from "./paystack-simulator"

/**
 * Import first in a spec that pays with Flutterwave: commerce's env module is
 * read once, by the first file that imports it, so the simulator's address,
 * key and webhook hash must be on process.env before any application import.
 */
export const FLUTTERWAVE_PORT = freePortSync()
export const FLUTTERWAVE_SECRET = "FLWSECK_TEST-http-spec-X"
export const FLUTTERWAVE_HASH = "http-spec-secret-hash"
process.env.FLUTTERWAVE_SECRET_KEY = FLUTTERWAVE_SECRET
process.env.FLUTTERWAVE_SECRET_HASH = FLUTTERWAVE_HASH
process.env.FLUTTERWAVE_API_URL = `http://127.0.0.1:${FLUTTERWAVE_PORT}`
process.env.FLUTTERWAVE_TIMEOUT_MS = "1500"

import { freePortSync } from "./paystack-simulator"

/**
 * Import this first in a spec that pays: commerce's env module is read once,
 * by the first file that imports it, so the simulator's address and key must
 * be on process.env before any application import.
 */
export const SIMULATOR_PORT = freePortSync()
export const SIMULATOR_SECRET = "sk_test_checkout_spec"
process.env.PAYSTACK_SECRET_KEY = SIMULATOR_SECRET
process.env.PAYSTACK_API_URL = `http://127.0.0.1:${SIMULATOR_PORT}`

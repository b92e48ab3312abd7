import { freePortSync } from "./paystack-simulator"

/**
 * Import right after paystack-simulator-env: commerce then calls Paystack
 * through the dropping proxy (which forwards to the simulator).
 */
export const PROXY_PORT = freePortSync()
process.env.PAYSTACK_API_URL = `http://127.0.0.1:${PROXY_PORT}`

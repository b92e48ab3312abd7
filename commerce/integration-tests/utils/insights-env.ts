import { freePortSync } from "./paystack-simulator"

/**
 * Import first (after the simulator's env) in the insights specs: the cms the
 * Insights page reads is an address where nothing listens, so the page must
 * show everything else and say the cms is down. commerce's env is read once,
 * by the first import of application code.
 */
export const CMS_DOWN_URL = `http://127.0.0.1:${freePortSync()}`
process.env.CMS_URL = CMS_DOWN_URL
process.env.CMS_API_KEY = "insights-spec-commerce-key"

import { freePortSync } from "./paystack-simulator"

/**
 * Import first (after the simulator's env) in the site settings spec: the cms
 * commerce reads its brand from is a fake on CMS_PORT, emails go to a fake
 * Resend, and the cms's revalidation calls carry REVALIDATE_SECRET. commerce's
 * env is read once, by the first import of application code.
 */
export const CMS_PORT = freePortSync()
export const RESEND_PORT = freePortSync()
export const RESEND_API_KEY = "re_test_site_settings"
export const REVALIDATE_SECRET = "site-settings-spec-revalidate-secret"
process.env.CMS_URL = `http://127.0.0.1:${CMS_PORT}`
process.env.CMS_API_KEY = "site-settings-spec-commerce-key"
process.env.RESEND_API_KEY = RESEND_API_KEY
process.env.RESEND_FROM = "Shop <orders@books.example.com>"
process.env.RESEND_BASE_URL = `http://127.0.0.1:${RESEND_PORT}`
process.env.REVALIDATE_SECRET = REVALIDATE_SECRET
// No storefront listens here: its revalidation calls fail fast and are only logged.
process.env.STOREFRONT_URL = `http://127.0.0.1:${freePortSync()}`

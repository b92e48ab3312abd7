import { freePortSync } from "./paystack-simulator"

/**
 * Import first in the search spec: the cms commerce reads published posts,
 * events and pages from is a stand-in on CMS_PORT answering as Payload's REST
 * API does for an anonymous reader, and the cms's calls to
 * /hooks/cms/revalidate carry REVALIDATE_SECRET.
 */
export const CMS_PORT = freePortSync()
export const REVALIDATE_SECRET = "search-spec-revalidate-secret"
process.env.CMS_URL = `http://127.0.0.1:${CMS_PORT}`
process.env.CMS_API_KEY = "search-spec-commerce-key"
process.env.REVALIDATE_SECRET = REVALIDATE_SECRET
// No storefront listens here: its revalidation calls fail fast and are only logged.
process.env.STOREFRONT_URL = `http://127.0.0.1:${freePortSync()}`

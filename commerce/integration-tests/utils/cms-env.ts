import { freePortSync } from "./paystack-simulator"

/**
 * Import first in a unit spec that renders emails or certificates: they read
 * the brand from the cms at CMS_URL, here a port a spec may serve a fake cms
 * on (nothing listens otherwise, so the brand falls back at once, whatever
 * runs on the development ports). commerce's env is read once, by the first import.
 */
export const CMS_PORT = freePortSync()
process.env.CMS_URL = `http://127.0.0.1:${CMS_PORT}`

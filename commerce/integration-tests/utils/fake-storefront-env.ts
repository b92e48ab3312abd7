// Imported first by specs that need a fake storefront: medusa-config and
// src/lib/env read these when they are first imported, so they must be set
// before any import of application code.
export const FAKE_STOREFRONT_PORT = 18900 + Number(process.env.JEST_WORKER_ID ?? 1)
export const FAKE_REVALIDATE_SECRET = "test-revalidate-secret"
process.env.STOREFRONT_URL = `http://localhost:${FAKE_STOREFRONT_PORT}`
process.env.REVALIDATE_SECRET = FAKE_REVALIDATE_SECRET

/**
 * Where the stack under test answers, and the secrets it was started with.
 * playwright.config.ts sets these variables before any journey runs (the
 * production stack on ports of its own, or the dev stack with E2E_TARGET=dev).
 */
const fromEnv = (name: string, fallback: string) => process.env[name] || fallback

export const STOREFRONT = fromEnv("E2E_STOREFRONT_URL", "http://localhost:8000")
export const COMMERCE = fromEnv("E2E_COMMERCE_URL", "http://localhost:9000")
export const CMS = fromEnv("E2E_CMS_URL", "http://localhost:3001")
export const PAYSTACK = fromEnv("E2E_PAYSTACK_URL", "http://localhost:9100")
export const FLUTTERWAVE = fromEnv("E2E_FLUTTERWAVE_URL", "http://localhost:9101")

const secrets = JSON.parse(process.env.E2E_SECRETS || "{}") as Record<string, string>
/** The storefront's preview secret (the dev stack's default unless the e2e stack set one). */
export const PREVIEW_SECRET = secrets.preview || "dev-only-preview-secret"

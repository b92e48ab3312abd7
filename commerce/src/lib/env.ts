import net from "node:net"
import path from "node:path"
import { loadEnv } from "@medusajs/framework/utils"
import { z } from "zod"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/** Values that are only acceptable on a developer's machine. */
const DEV_SECRETS = new Set([
  "supersecret",
  "dev-only-jwt-secret",
  "dev-only-cookie-secret",
  "dev-only-revalidate-secret",
  "dev-only-ebook-url-secret",
  "dev-only-email-verification-secret",
])

/** The key the Paystack simulator (tools/paystack) accepts; never valid at Paystack. */
export const SIMULATOR_SECRET_KEY = "sk_test_simulator"
const SIMULATOR_URL = "http://localhost:9100"
/** The key and webhook hash the Flutterwave simulator (tools/flutterwave) uses; never valid at Flutterwave. */
export const FLUTTERWAVE_SIMULATOR_SECRET_KEY = "FLWSECK_TEST-simulator-X"
export const FLUTTERWAVE_SIMULATOR_SECRET_HASH = "flutterwave-simulator-hash"
const FLUTTERWAVE_SIMULATOR_URL = "http://localhost:9101"
/** The client the local OpenID provider (tools/oidc) knows; never valid at Google. */
export const LOCAL_GOOGLE_CLIENT_ID = "local-google-client"
export const LOCAL_GOOGLE_CLIENT_SECRET = "dev-only-local-google-client-secret"
const LOCAL_GOOGLE_ISSUER = "http://localhost:9103"
const GOOGLE_ISSUER = "https://accounts.google.com"

const isProduction = process.env.NODE_ENV === "production"
// `medusa build` loads this file with NODE_ENV=production but needs no secrets:
// they are checked when the server, worker or a script actually starts.
const isBuild = process.argv.slice(2).includes("build")
const strict = isProduction && !isBuild

const secret = (name: string, devDefault: string) =>
  strict
    ? z
        .string({ required_error: `${name} is required in production` })
        .min(32, `${name} must be at least 32 characters in production`)
        .refine((v) => !DEV_SECRETS.has(v), `${name} must not be a development default in production`)
    : z.string().min(1).default(devDefault)

const onOff = (name: string) =>
  z
    .enum(["on", "off"], { errorMap: () => ({ message: `${name} must be on or off` }) })
    .default("on")
    .transform((v) => v === "on")

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: strict
    ? z.string({ required_error: "DATABASE_URL is required in production" }).url()
    : z.string().default("postgres://postgres:postgres@localhost:54329/commerce"),
  REDIS_URL: z.string().url().optional(),
  JWT_SECRET: secret("JWT_SECRET", "dev-only-jwt-secret"),
  COOKIE_SECRET: secret("COOKIE_SECRET", "dev-only-cookie-secret"),
  REVALIDATE_SECRET: secret("REVALIDATE_SECRET", "dev-only-revalidate-secret"),
  /** Signs the ebook download links and a guest's emailed ebook and order links (HMAC-SHA256, typed claims). */
  EBOOK_URL_SECRET: secret("EBOOK_URL_SECRET", "dev-only-ebook-url-secret"),
  /** Signs the links that prove the account's inbox (HMAC-SHA256, typed claims: the verification email's and, for an account without a password, the account deletion email's). */
  EMAIL_VERIFICATION_SECRET: secret("EMAIL_VERIFICATION_SECRET", "dev-only-email-verification-secret"),
  STORE_CORS: z.string().default("http://localhost:8000"),
  ADMIN_CORS: z.string().default("http://localhost:9000,http://localhost:5173"),
  AUTH_CORS: z.string().default("http://localhost:8000,http://localhost:9000,http://localhost:5173"),
  MEDUSA_BACKEND_URL: z.string().url().default("http://localhost:9000"),
  /** Where shoppers' browsers reach this server (ebook downloads, uploaded images); default MEDUSA_BACKEND_URL. */
  MEDUSA_PUBLIC_URL: z.string().url().optional(),
  /** Private uploads (ebook files): a folder the server does not serve; default ./private. */
  PRIVATE_UPLOAD_DIR: z.string().optional(),
  /** The largest ebook file staff may upload (EPUB or PDF), in bytes; default 100 MB. */
  EBOOK_MAX_BYTES: z.coerce.number().int().min(1024, "EBOOK_MAX_BYTES must be at least 1024").default(100 * 1024 * 1024),
  /** The largest file staff may attach to a lesson (a worksheet, slides), in bytes; default 50 MB. */
  LESSON_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024, "LESSON_ATTACHMENT_MAX_BYTES must be at least 1024")
    .max(2 ** 31 - 1, "LESSON_ATTACHMENT_MAX_BYTES must be under 2 GB")
    .default(50 * 1024 * 1024),
  STOREFRONT_URL: z.string().url().default("http://localhost:8000"),
  /** Where shoppers' browsers reach the storefront (links in emails, Paystack's return); default STOREFRONT_URL. */
  STOREFRONT_PUBLIC_URL: z.string().url().optional(),
  STOREFRONT_API_KEY_TITLE: z.string().default("Storefront"),
  MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
  // Paystack: without a key, development and tests use the simulator in tools/paystack.
  PAYSTACK_SECRET_KEY: strict
    ? z
        .string({ required_error: "PAYSTACK_SECRET_KEY is required in production" })
        .regex(/^sk_(live|test)_/, "PAYSTACK_SECRET_KEY must be a Paystack secret key (sk_live_… or sk_test_…)")
        .refine((v) => v !== SIMULATOR_SECRET_KEY, "PAYSTACK_SECRET_KEY must not be the simulator's key in production")
    : z.string().default(SIMULATOR_SECRET_KEY),
  PAYSTACK_API_URL: z.string().url().optional(),
  // Flutterwave: without a key, development and tests use the simulator in tools/flutterwave;
  // in production it is off unless both the key and the webhook's secret hash are set.
  FLUTTERWAVE_SECRET_KEY: strict
    ? z
        .string()
        .regex(/^FLWSECK(_TEST)?-/, "FLUTTERWAVE_SECRET_KEY must be a Flutterwave secret key (FLWSECK-… or FLWSECK_TEST-…)")
        .refine((v) => v !== FLUTTERWAVE_SIMULATOR_SECRET_KEY, "FLUTTERWAVE_SECRET_KEY must not be the simulator's key in production")
        .optional()
    : z.string().default(FLUTTERWAVE_SIMULATOR_SECRET_KEY),
  /** The secret hash set on Flutterwave's dashboard: each webhook's verif-hash header must equal it. */
  FLUTTERWAVE_SECRET_HASH: strict
    ? z
        .string()
        .min(16, "FLUTTERWAVE_SECRET_HASH must be at least 16 characters in production")
        .refine((v) => v !== FLUTTERWAVE_SIMULATOR_SECRET_HASH, "FLUTTERWAVE_SECRET_HASH must not be the simulator's hash in production")
        .optional()
    : z.string().default(FLUTTERWAVE_SIMULATOR_SECRET_HASH),
  /** Flutterwave's API (without /v3); default https://api.flutterwave.com with a real key, the simulator without one. */
  FLUTTERWAVE_API_URL: z.string().url().optional(),
  /** How long one request to Flutterwave may take before commerce gives it up (a refund is then looked up, never resent). */
  FLUTTERWAVE_TIMEOUT_MS: z.coerce.number().int().min(100, "FLUTTERWAVE_TIMEOUT_MS must be at least 100").max(60_000).default(10_000),
  /** How long Medusa waits before processing a payment webhook (Medusa's own default is 5000). */
  PAYMENT_WEBHOOK_DELAY_MS: z.coerce.number().int().min(1, "PAYMENT_WEBHOOK_DELAY_MS must be at least 1").default(200),
  /** How long one request to Paystack may take before commerce gives it up (a refund is then looked up, never resent). */
  PAYSTACK_TIMEOUT_MS: z.coerce.number().int().min(100, "PAYSTACK_TIMEOUT_MS must be at least 100").max(60_000).default(10_000),
  // Sign in with Google (auth-oidc): without a client id, development and tests use the local
  // provider in tools/oidc; in production Google sign-in is off unless both are set.
  GOOGLE_CLIENT_ID: strict
    ? z.string().refine((v) => v !== LOCAL_GOOGLE_CLIENT_ID, "GOOGLE_CLIENT_ID must not be the local provider's client in production").optional()
    : z.string().default(LOCAL_GOOGLE_CLIENT_ID),
  GOOGLE_CLIENT_SECRET: strict
    ? z.string().refine((v) => v !== LOCAL_GOOGLE_CLIENT_SECRET, "GOOGLE_CLIENT_SECRET must not be the local provider's secret in production").optional()
    : z.string().default(LOCAL_GOOGLE_CLIENT_SECRET),
  /** The OpenID issuer; default https://accounts.google.com with a client id of Google's, the local provider without one. */
  GOOGLE_ISSUER_URL: z.string().url().optional(),
  // Customer sign-in, sign-up and password-reset limits (429 with Retry-After).
  AUTH_RATE_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(10),
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(100),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  /**
   * Proxies whose X-Forwarded-For is believed (the storefront, a load balancer):
   * comma-separated IPs or CIDRs. Unset: the header is ignored and rate limits
   * key on the connecting address.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((entry) => entry.trim()).filter(Boolean))
    .superRefine((entries, ctx) => {
      for (const entry of entries) {
        if (!isIpOrCidr(entry)) ctx.addIssue({ code: "custom", message: `"${entry}" is not an IP address or CIDR range` })
      }
    }),
  // Community posting: discussions and replies per member per window (429 with Retry-After beyond it),
  // and how long the same words from the same member count as a double submit.
  COMMUNITY_POST_LIMIT: z.coerce.number().int().positive().default(10),
  COMMUNITY_POST_WINDOW_SECONDS: z.coerce.number().int().positive().default(300),
  COMMUNITY_DEDUPE_SECONDS: z.coerce.number().int().positive().default(30),
  /** Follows and unfollows per member per hour (429 with Retry-After beyond it). */
  COMMUNITY_FOLLOWS_PER_HOUR: z.coerce.number().int().positive().default(200),
  /** How long the feed keeps the cms's newest posts and events (shared by every reader; 0 asks the cms each time). */
  COMMUNITY_FEED_CMS_CACHE_SECONDS: z.coerce.number().int().min(0).default(60),
  /** The largest avatar image a member may upload, in bytes (413 beyond it); default 5 MB. */
  COMMUNITY_AVATAR_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024, "COMMUNITY_AVATAR_MAX_BYTES must be at least 1024")
    .max(50 * 1024 * 1024, "COMMUNITY_AVATAR_MAX_BYTES must be at most 50 MB")
    .default(5 * 1024 * 1024),
  /** Avatar uploads per member per hour (429 with Retry-After beyond it). */
  COMMUNITY_AVATAR_UPLOADS_PER_HOUR: z.coerce.number().int().positive().default(10),
  /** The platform's share of each vendor sale, in percent (a vendor's own commission_rate overrides it): Paystack's percentage_charge on the vendor's subaccount. */
  MARKETPLACE_COMMISSION_PERCENT: z.coerce
    .number({ invalid_type_error: "MARKETPLACE_COMMISSION_PERCENT must be a number" })
    .min(0, "MARKETPLACE_COMMISSION_PERCENT must be from 0 to 100")
    .max(100, "MARKETPLACE_COMMISSION_PERCENT must be from 0 to 100")
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-9, "MARKETPLACE_COMMISSION_PERCENT may have at most two decimals")
    .default(15),
  /** Who bears Paystack's fee on a split payment: `platform` (the main account, bearer_type "account") or `vendors` (every party in proportion to its share, "all-proportional"). */
  MARKETPLACE_PAYSTACK_FEES: z.enum(["platform", "vendors"], { errorMap: () => ({ message: "MARKETPLACE_PAYSTACK_FEES must be platform or vendors" }) }).default("platform"),
  /** A vendor's price change (up or down) beyond this percent of the current price waits for staff approval; within it, it applies at once. */
  MARKETPLACE_PRICE_CHANGE_APPROVAL_PERCENT: z.coerce
    .number({ invalid_type_error: "MARKETPLACE_PRICE_CHANGE_APPROVAL_PERCENT must be a number" })
    .min(0, "MARKETPLACE_PRICE_CHANGE_APPROVAL_PERCENT must be from 0 to 1000")
    .max(1000, "MARKETPLACE_PRICE_CHANGE_APPROVAL_PERCENT must be from 0 to 1000")
    .default(20),
  /** How many days after an order is placed its buyer may open a dispute on one of its lines. */
  MARKETPLACE_DISPUTE_WINDOW_DAYS: z.coerce
    .number({ invalid_type_error: "MARKETPLACE_DISPUTE_WINDOW_DAYS must be a number" })
    .int("MARKETPLACE_DISPUTE_WINDOW_DAYS must be a whole number of days")
    .min(1, "MARKETPLACE_DISPUTE_WINDOW_DAYS must be from 1 to 365")
    .max(365, "MARKETPLACE_DISPUTE_WINDOW_DAYS must be from 1 to 365")
    .default(30),
  DISABLE_MEDUSA_ADMIN: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  // Staff alerts: low stock and payment reconciliation.
  /** Where staff alerts go (comma-separated emails); unset, to every staff user of the admin. */
  STAFF_ALERT_EMAILS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((entry) => entry.trim()).filter(Boolean))
    .superRefine((entries, ctx) => {
      for (const entry of entries) {
        if (!z.string().email().safeParse(entry).success) ctx.addIssue({ code: "custom", message: `"${entry}" is not an email address` })
      }
    }),
  /** A stocked variant with fewer available than this is low (a variant's metadata.low_stock_threshold overrides it). */
  LOW_STOCK_THRESHOLD: z.coerce.number().int().min(0, "LOW_STOCK_THRESHOLD must be 0 or more").default(5),
  /** When the daily Paystack reconciliation runs: a cron expression (5 or 6 fields), in the server's time zone. */
  RECONCILIATION_SCHEDULE: z
    .string()
    .regex(/^\s*\S+(\s+\S+){4,5}\s*$/, "RECONCILIATION_SCHEDULE must be a cron expression such as 0 3 * * *")
    .default("0 3 * * *"),
  /** A Paystack payment younger than this may still be becoming an order: reconciliation does not flag it yet. */
  RECONCILIATION_GRACE_MINUTES: z.coerce.number().int().min(0).max(1440).default(15),
  /** The cms's API, read by the staff Insights page (RSVPs, newsletter) and the event reminders; unset in production: that section says so and no reminder goes out. */
  CMS_URL: strict ? z.string().url().optional() : z.string().url().default("http://localhost:3001"),
  /** The API key of the cms's read-only `commerce` service account (the cms seed's COMMERCE_API_KEY). */
  CMS_API_KEY: strict ? z.string().min(1).optional() : z.string().min(1).default("dev-only-commerce-api-key"),
  // Resend: with a key, emails go out through Resend; without, Medusa's local provider logs them.
  RESEND_API_KEY: z.string().regex(/^re_/, "RESEND_API_KEY must be a Resend API key (re_…)").optional(),
  /** The sender, on a domain verified at Resend; required in production once RESEND_API_KEY is set. */
  RESEND_FROM: z.string().optional(),
  /** Another Resend API address (a local fake in tests); the SDK reads it too. */
  RESEND_BASE_URL: z.string().url().optional(),
  /** Production without RESEND_API_KEY logs every email, reset and ebook links included: only with this set to true. */
  ALLOW_LOG_EMAIL: z
    .enum(["true", "false"], { errorMap: () => ({ message: "ALLOW_LOG_EMAIL must be true or false" }) })
    .default("false")
    .transform((v) => v === "true"),
  // ImageKit: with all three, files (images, ebooks, certificates) go to ImageKit; without, to local disk.
  IMAGEKIT_PUBLIC_KEY: z.string().optional(),
  IMAGEKIT_PRIVATE_KEY: z.string().optional(),
  IMAGEKIT_URL_ENDPOINT: z.string().url().optional(),
  /** The ImageKit folder commerce's files go under (`<folder>/public`, `<folder>/private`). */
  IMAGEKIT_FOLDER: z.string().default("commerce"),
  /** How long a signed URL to a private file (ebook, certificate) works. */
  IMAGEKIT_SIGNED_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(86400).default(300),
  // Lifecycle (marketing) emails, each on or off; an opted-out address gets none of them.
  LIFECYCLE_ABANDONED_CART: onOff("LIFECYCLE_ABANDONED_CART"),
  /** How long a cart with an email and items stays untouched before its one reminder. */
  ABANDONED_CART_AFTER_MINUTES: z.coerce.number().int().min(15, "ABANDONED_CART_AFTER_MINUTES must be at least 15").max(10_080).default(240),
  LIFECYCLE_IDLE_LEARNER: onOff("LIFECYCLE_IDLE_LEARNER"),
  /** How many days without a lesson before an enrolled learner's nudge (at most one per course per 30 days). */
  IDLE_LEARNER_AFTER_DAYS: z.coerce.number().int().min(1, "IDLE_LEARNER_AFTER_DAYS must be at least 1").max(365).default(7),
  /** The reminder, with an .ics, to each RSVP of an event starting within 24 hours (from the cms: CMS_URL, CMS_API_KEY); not marketing, so an opt-out does not stop it. */
  LIFECYCLE_EVENT_REMINDER: onOff("LIFECYCLE_EVENT_REMINDER"),
  /** Where site search keeps and matches documents: postgres (commerce's own database, the default) or meilisearch. */
  SEARCH_ENGINE: z
    .enum(["postgres", "meilisearch"], { errorMap: () => ({ message: "SEARCH_ENGINE must be postgres or meilisearch" }) })
    .default("postgres"),
  /** The Meilisearch server (required with SEARCH_ENGINE=meilisearch), e.g. http://127.0.0.1:7700. */
  MEILISEARCH_URL: z.string().url("MEILISEARCH_URL must be a URL such as http://127.0.0.1:7700").optional(),
  /** Its master key, or a key with the search, documents.*, indexes.*, settings.* and tasks.get actions (required with SEARCH_ENGINE=meilisearch). */
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
  /** The index's uid; two shops (or staging and production) on one server need two. */
  MEILISEARCH_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,400}$/, "MEILISEARCH_INDEX must be letters, digits, - and _")
    .default("site_search"),
})

export type CommerceEnv = z.infer<typeof schema> & {
  PAYSTACK_API_URL: string
  FLUTTERWAVE_API_URL: string
  STOREFRONT_PUBLIC_URL: string
  MEDUSA_PUBLIC_URL: string
  PRIVATE_UPLOAD_DIR: string
  RESEND_FROM: string
}

function parseEnv(): CommerceEnv {
  // An empty value (`JWT_SECRET=` copied from .env.example) means "not set".
  const set = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""))
  const parsed = schema.safeParse(set)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")
    throw new Error(`Invalid commerce environment:\n${problems}`)
  }
  const env = parsed.data
  const problems = externalServiceProblems(env)
  if (problems.length) throw new Error(`Invalid commerce environment:\n${problems.map((p) => `  ${p}`).join("\n")}`)
  // A real key talks to Paystack; the simulator's key to the simulator.
  const paystackApiUrl =
    env.PAYSTACK_API_URL ?? (env.PAYSTACK_SECRET_KEY === SIMULATOR_SECRET_KEY ? SIMULATOR_URL : "https://api.paystack.co")
  const flutterwaveApiUrl =
    env.FLUTTERWAVE_API_URL ??
    (env.FLUTTERWAVE_SECRET_KEY === FLUTTERWAVE_SIMULATOR_SECRET_KEY ? FLUTTERWAVE_SIMULATOR_URL : "https://api.flutterwave.com")
  return {
    ...env,
    PAYSTACK_API_URL: paystackApiUrl.replace(/\/+$/, ""),
    FLUTTERWAVE_API_URL: flutterwaveApiUrl.replace(/\/+$/, ""),
    STOREFRONT_PUBLIC_URL: (env.STOREFRONT_PUBLIC_URL ?? env.STOREFRONT_URL).replace(/\/+$/, ""),
    MEDUSA_PUBLIC_URL: (env.MEDUSA_PUBLIC_URL ?? env.MEDUSA_BACKEND_URL).replace(/\/+$/, ""),
    PRIVATE_UPLOAD_DIR: path.resolve(env.PRIVATE_UPLOAD_DIR ?? "private"),
    RESEND_FROM: env.RESEND_FROM ?? RESEND_TEST_SENDER,
  }
}

/** Keys that only work together: half an ImageKit setup, or Resend with no sender in production. */
function externalServiceProblems(env: z.infer<typeof schema>): string[] {
  const problems: string[] = []
  const imagekit = { IMAGEKIT_PUBLIC_KEY: env.IMAGEKIT_PUBLIC_KEY, IMAGEKIT_PRIVATE_KEY: env.IMAGEKIT_PRIVATE_KEY, IMAGEKIT_URL_ENDPOINT: env.IMAGEKIT_URL_ENDPOINT }
  const missing = Object.entries(imagekit).filter(([, value]) => !value).map(([name]) => name)
  if (missing.length && missing.length < 3) problems.push(`${missing.join(", ")}: required with the other ImageKit keys`)
  if (!env.FLUTTERWAVE_SECRET_KEY !== !env.FLUTTERWAVE_SECRET_HASH) {
    problems.push("FLUTTERWAVE_SECRET_KEY, FLUTTERWAVE_SECRET_HASH: Flutterwave needs both (the hash verifies its webhooks), or neither")
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_ID !== LOCAL_GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET === LOCAL_GOOGLE_CLIENT_SECRET) {
    problems.push("GOOGLE_CLIENT_SECRET: required with a Google client id (the local provider's secret is not Google's)")
  } else if (!env.GOOGLE_CLIENT_ID !== !env.GOOGLE_CLIENT_SECRET) {
    problems.push("GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET: Sign in with Google needs both (the secret authenticates the code exchange), or neither")
  }
  if (env.SEARCH_ENGINE === "meilisearch") {
    const unset = (["MEILISEARCH_URL", "MEILISEARCH_API_KEY"] as const).filter((name) => !env[name])
    if (unset.length) problems.push(`${unset.join(", ")}: required with SEARCH_ENGINE=meilisearch`)
  }
  if (env.RESEND_API_KEY && !env.RESEND_FROM && strict) problems.push("RESEND_FROM: required in production with RESEND_API_KEY")
  if (!env.RESEND_API_KEY && strict && !env.ALLOW_LOG_EMAIL) {
    problems.push(
      "RESEND_API_KEY: required in production; without it the log-only email provider writes every email, password-reset and ebook links included, to the server log (set ALLOW_LOG_EMAIL=true to accept that)"
    )
  }
  return problems
}

function isIpOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split("/")
  const family = net.isIP(address)
  if (!family || rest.length) return false
  if (prefix === undefined) return true
  const bits = Number(prefix)
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128)
}

/** A sender Resend accepts from any account, for trying a key out in development. */
const RESEND_TEST_SENDER = "Adaeze Okafor Books <onboarding@resend.dev>"

export const env = parseEnv()

/** Whether emails go out through Resend (else Medusa's local provider logs them). */
export const resendEnabled = () => !!env.RESEND_API_KEY

/** Whether Flutterwave is offered (always in development and tests, on its simulator by default). */
export const flutterwaveEnabled = () => !!(env.FLUTTERWAVE_SECRET_KEY && env.FLUTTERWAVE_SECRET_HASH)

/**
 * Sign in with Google, when offered: always in development and tests (on the
 * local provider of tools/oidc unless GOOGLE_CLIENT_ID is set), in production
 * only with GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET. Google redirects back to
 * the storefront's callback page, which finishes the sign-in with commerce.
 */
export function googleSignIn(): { issuer: string; clientId: string; clientSecret: string; callbackUrl: string } | null {
  if (!env.GOOGLE_CLIENT_ID || !env.GOOGLE_CLIENT_SECRET) return null
  const local = env.GOOGLE_CLIENT_ID === LOCAL_GOOGLE_CLIENT_ID
  return {
    issuer: (env.GOOGLE_ISSUER_URL ?? (local ? LOCAL_GOOGLE_ISSUER : GOOGLE_ISSUER)).replace(/\/+$/, ""),
    clientId: env.GOOGLE_CLIENT_ID,
    clientSecret: env.GOOGLE_CLIENT_SECRET,
    callbackUrl: `${env.STOREFRONT_PUBLIC_URL}/auth/google/callback`,
  }
}

/** The site_search module's options: its engine, and for Meilisearch where it is. */
export const searchModuleOptions = () =>
  env.SEARCH_ENGINE === "meilisearch"
    ? { engine: env.SEARCH_ENGINE, meilisearch: { url: env.MEILISEARCH_URL!, api_key: env.MEILISEARCH_API_KEY!, index: env.MEILISEARCH_INDEX } }
    : { engine: env.SEARCH_ENGINE }

/** Whether files live on ImageKit (else on local disk). */
export const imagekitEnabled = () => !!(env.IMAGEKIT_PUBLIC_KEY && env.IMAGEKIT_PRIVATE_KEY && env.IMAGEKIT_URL_ENDPOINT)

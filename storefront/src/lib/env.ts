import { z } from "zod"
import { isAddressOrRange } from "./util/rate-limit"

const DEV_REVALIDATE_SECRET = "dev-only-revalidate-secret"
/** Development defaults that match the keys the cms seed gives its service accounts. */
const DEV_CMS_API_KEY = "dev-only-storefront-api-key"
const DEV_CMS_PREVIEW_API_KEY = "dev-only-preview-api-key"
const DEV_PREVIEW_SECRET = "dev-only-preview-secret"

/** A base URL without a trailing slash, so paths can be appended with `/`. */
const baseUrl = (fallback: string) =>
  z
    .string()
    .url()
    .regex(/^https?:\/\//, "must start with http:// or https://")
    .default(fallback)
    .transform((url) => url.replace(/\/+$/, ""))

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  MEDUSA_BACKEND_URL: baseUrl("http://localhost:9000"),
  MEDUSA_PUBLISHABLE_KEY: z.string().startsWith("pk_").optional(),
  CMS_URL: baseUrl("http://localhost:3001"),
  NEXT_PUBLIC_BASE_URL: baseUrl("http://localhost:8000"),
  NEXT_PUBLIC_DEFAULT_COUNTRY: z
    .string()
    .regex(/^[a-z]{2}$/i, "must be a two-letter country code")
    .transform((code) => code.toLowerCase())
    .default("ng"),
  REVALIDATE_SECRET: z.string().min(1).default(DEV_REVALIDATE_SECRET),
  CMS_API_KEY: z.string().min(1).default(DEV_CMS_API_KEY),
  CMS_PREVIEW_API_KEY: z.string().min(1).default(DEV_CMS_PREVIEW_API_KEY),
  PREVIEW_SECRET: z.string().min(1).default(DEV_PREVIEW_SECRET),
  // Proxies (IPs or CIDRs, comma-separated) in front of this server whose X-Forwarded-For
  // is believed when rate limits and commerce's sign-in limits ask who the shopper is.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((list, ctx) => {
      for (const entry of list.split(",").map((e) => e.trim()).filter(Boolean)) {
        if (!isAddressOrRange(entry)) ctx.addIssue({ code: "custom", message: `"${entry}" is not an IP address or CIDR range` })
      }
    }),
  // Sign in with Google: in production the button shows only when commerce has a Google client
  // (the same GOOGLE_CLIENT_ID); in development it always shows, on the local provider of tools/oidc.
  GOOGLE_CLIENT_ID: z.string().optional(),
  // The cms's ImageKit URL endpoint: images under it get resized variants from ImageKit.
  IMAGEKIT_URL_ENDPOINT: z
    .string()
    .url()
    .regex(/^https:\/\//, "must start with https://")
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
})

export type StorefrontEnv = z.infer<typeof schema>

/**
 * Reads the storefront's environment. A production server refuses to start
 * without a real REVALIDATE_SECRET; `next build` (NODE_ENV=production too)
 * needs no secret, so the build phase is exempt.
 */
export function parseEnv(source: Record<string, string | undefined>): StorefrontEnv {
  const set = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""))
  const parsed = schema.safeParse(set)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
    throw new Error(`Invalid storefront environment: ${problems}`)
  }
  const env = parsed.data
  const productionRuntime = env.NODE_ENV === "production" && set.NEXT_PHASE !== "phase-production-build"
  if (productionRuntime) {
    const secrets: [string, string][] = [
      ["REVALIDATE_SECRET", DEV_REVALIDATE_SECRET],
      ["CMS_API_KEY", DEV_CMS_API_KEY],
      ["CMS_PREVIEW_API_KEY", DEV_CMS_PREVIEW_API_KEY],
      ["PREVIEW_SECRET", DEV_PREVIEW_SECRET],
    ]
    for (const [name, devDefault] of secrets) {
      const secret = set[name]
      if (!secret) throw new Error(`${name} is required in production`)
      if (secret === devDefault || secret.length < 32) {
        throw new Error(`${name} must be at least 32 random characters in production, not the development default`)
      }
    }
  }
  return env
}

export const env = parseEnv(process.env)

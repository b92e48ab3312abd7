import { z } from 'zod'

const DEV_PAYLOAD_SECRET = 'dev-only-payload-secret'
const DEV_REVALIDATE_SECRET = 'dev-only-revalidate-secret'
const DEV_PREVIEW_SECRET = 'dev-only-preview-secret'
const MIN_SECRET_LENGTH = 32
const SENDER_NAME = 'Adaeze Okafor'
const SENDER = /^(?:([^<>]*\S)\s*<([^<>\s@]+@[^<>\s@]+)>|([^<>\s@]+@[^<>\s@]+))$/

const urlWithScheme = (pattern: RegExp, example: string) =>
  z.string().url().regex(pattern, `must be a URL like ${example}`)
const httpUrl = urlWithScheme(/^https?:\/\//, 'http://localhost:8000')

const baseSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: urlWithScheme(
    /^postgres(ql)?:\/\//,
    'postgres://user:password@host:5432/cms',
  ).default('postgres://postgres:postgres@localhost:54329/cms'),
  PAYLOAD_SECRET: z.string().min(1).default(DEV_PAYLOAD_SECRET),
  CMS_PUBLIC_URL: httpUrl.default('http://localhost:3001'),
  STOREFRONT_URL: httpUrl.default('http://localhost:8000'),
  // Where readers' and editors' browsers reach the storefront (links in emails and pages,
  // SEO previews, preview links), when it differs from STOREFRONT_URL, which this server
  // uses (e.g. http://storefront:8000 inside Docker).
  STOREFRONT_PUBLIC_URL: httpUrl.optional(),
  // The storefront's default country (its NEXT_PUBLIC_DEFAULT_COUNTRY): campaign emails link to its
  // pages and price their book and course cards in its region.
  STOREFRONT_DEFAULT_COUNTRY: z.string().regex(/^[a-z]{2}$/, 'must be a lowercase two-letter country code like ng').default('ng'),
  REVALIDATE_SECRET: z.string().min(1).default(DEV_REVALIDATE_SECRET),
  // Commerce, told (with REVALIDATE_SECRET) when the site settings its emails and certificates print change.
  COMMERCE_URL: httpUrl.default('http://localhost:9000'),
  PREVIEW_SECRET: z.string().min(1).default(DEV_PREVIEW_SECRET),
  // Email goes out through Resend when a key is set; without one Payload writes it to the log.
  RESEND_API_KEY: z.string().min(1).optional(),
  // Tests point the adapter at a local fake of Resend's API.
  RESEND_BASE_URL: httpUrl.default('https://api.resend.com'),
  // Resend's signing secret of the webhook endpoint (/api/resend-webhook): delivery events are refused without it.
  RESEND_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/, 'must be the whsec_… signing secret of the Resend webhook')
    .optional(),
  // The sender, as commerce's RESEND_FROM: `Name <address>` or a bare address on a domain verified with Resend.
  RESEND_FROM: z
    .string()
    .regex(SENDER, 'must be an address or "Name <address>"')
    .default(`${SENDER_NAME} <no-reply@example.com>`),
  // Media is stored on ImageKit when both are set; otherwise on local disk (cms/media).
  IMAGEKIT_PRIVATE_KEY: z.string().min(1).optional(),
  IMAGEKIT_URL_ENDPOINT: urlWithScheme(/^https?:\/\//, 'https://ik.imagekit.io/your_id').optional(),
  IMAGEKIT_FOLDER: z
    .string()
    .regex(/^[A-Za-z0-9_/-]+$/, 'may only hold letters, digits, -, _ and /')
    .default('cms/media'),
  // Tests point the SDK at a local fake of ImageKit's upload and file APIs.
  IMAGEKIT_BASE_URL: httpUrl.optional(),
})

export type Env = z.infer<typeof baseSchema>

const strongSecret = (devDefault: string) =>
  z
    .string({ required_error: 'is required in production' })
    .min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} random characters in production`)
    .refine((value) => value !== devDefault && !/^(.)\1*$/.test(value), {
      message: 'must not be the development default or a repeated character in production',
    })

const productionSecrets = z.object({
  PAYLOAD_SECRET: strongSecret(DEV_PAYLOAD_SECRET),
  REVALIDATE_SECRET: strongSecret(DEV_REVALIDATE_SECRET),
  PREVIEW_SECRET: strongSecret(DEV_PREVIEW_SECRET),
})

const describe = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')

/**
 * Reads and checks the cms environment. Development and tests get working defaults;
 * a production server refuses to start without real secrets. `next build` also runs
 * with NODE_ENV=production but never signs tokens or calls the storefront, so the
 * build phase is exempt and the secrets are only demanded at runtime.
 */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const isProductionRuntime =
    cleaned.NODE_ENV === 'production' && cleaned.NEXT_PHASE !== 'phase-production-build'

  if (isProductionRuntime) {
    const secrets = productionSecrets.safeParse(cleaned)
    if (!secrets.success) {
      throw new Error(`Invalid cms environment: ${describe(secrets.error)}`)
    }
  }

  const parsed = baseSchema.safeParse(cleaned)
  if (!parsed.success) {
    throw new Error(`Invalid cms environment: ${describe(parsed.error)}`)
  }
  const problems = [
    ...missingImageKitKeys(parsed.data),
    ...(isProductionRuntime && !parsed.data.STOREFRONT_PUBLIC_URL && isInternalHost(parsed.data.STOREFRONT_URL)
      ? [
          `STOREFRONT_PUBLIC_URL is required in production when STOREFRONT_URL (${parsed.data.STOREFRONT_URL}) is an internal address: readers get links to it`,
        ]
      : []),
    ...(isProductionRuntime && parsed.data.RESEND_API_KEY && !cleaned.RESEND_FROM
      ? ['RESEND_FROM is required in production when RESEND_API_KEY is set']
      : []),
  ]
  if (problems.length) throw new Error(`Invalid cms environment: ${problems.join('; ')}`)
  return parsed.data
}

/** A host only a private network resolves: no dot (a compose service name) and not localhost. */
function isInternalHost(url: string) {
  const { hostname } = new URL(url)
  return !hostname.includes('.') && !hostname.includes(':') && hostname !== 'localhost'
}

/** The storefront as readers reach it: every link the cms gives a person uses this, never STOREFRONT_URL. */
export const storefrontPublicUrl = (values: Env): string =>
  (values.STOREFRONT_PUBLIC_URL ?? values.STOREFRONT_URL).replace(/\/+$/, '')

const IMAGEKIT_KEYS = ['IMAGEKIT_PRIVATE_KEY', 'IMAGEKIT_URL_ENDPOINT'] as const

/** Half an ImageKit setup would silently keep media on local disk: name what is missing instead. */
function missingImageKitKeys(values: Env) {
  const missing = IMAGEKIT_KEYS.filter((key) => !values[key])
  if (missing.length === 0 || missing.length === IMAGEKIT_KEYS.length) return []
  return missing.map((key) => `${key} is required when ${IMAGEKIT_KEYS.join(' or ')} is set`)
}

/** RESEND_FROM split the way Payload's email config wants it. */
export function emailSender(values: Env): { name: string; address: string } {
  const [, name, address, bare] = SENDER.exec(values.RESEND_FROM)!
  return bare ? { name: SENDER_NAME, address: bare } : { name: name!.trim(), address: address! }
}

export type ImageKitSettings = {
  privateKey: string
  urlEndpoint: string
  folder: string
  baseURL?: string
}

/** The ImageKit storage settings, or null when media stays on local disk. */
export function imageKitSettings(values: Env): ImageKitSettings | null {
  if (!values.IMAGEKIT_PRIVATE_KEY || !values.IMAGEKIT_URL_ENDPOINT) return null
  return {
    privateKey: values.IMAGEKIT_PRIVATE_KEY,
    urlEndpoint: values.IMAGEKIT_URL_ENDPOINT.replace(/\/+$/, ''),
    folder: values.IMAGEKIT_FOLDER.replace(/^\/+|\/+$/g, ''),
    baseURL: values.IMAGEKIT_BASE_URL,
  }
}

export const env = parseEnv(process.env)

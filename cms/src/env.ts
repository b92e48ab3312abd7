import { z } from 'zod'

const DEV_PAYLOAD_SECRET = 'dev-only-payload-secret'
const DEV_REVALIDATE_SECRET = 'dev-only-revalidate-secret'
const MIN_SECRET_LENGTH = 32

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
  REVALIDATE_SECRET: z.string().min(1).default(DEV_REVALIDATE_SECRET),
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
  return parsed.data
}

export const env = parseEnv(process.env)

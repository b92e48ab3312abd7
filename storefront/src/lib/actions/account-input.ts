import { z } from "zod"

export const MIN_PASSWORD_LENGTH = 8

/** What an account form gets back: a message, errors per field, and what to show in the fields again. */
export type FormState = {
  ok: boolean
  message?: string
  errors?: Record<string, string>
  values?: Record<string, string>
} | null

const email = z.string().trim().min(1, "Enter your email address.").email("Enter a valid email address, like name@example.com.")
const name = (label: string) => z.string().trim().min(1, `Enter your ${label}.`).max(100, `Your ${label} is too long.`)
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((value) => value || null)
const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`)
  .max(128, "Use at most 128 characters for your password.")

export const signInSchema = z.object({ email, password: z.string().min(1, "Enter your password.") })

export const registerSchema = z.object({
  email,
  password: newPassword,
  first_name: name("first name"),
  last_name: name("last name"),
})

export const forgotPasswordSchema = z.object({ email })

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1, "This reset link is incomplete. Ask for a new one."),
    email,
    password: newPassword,
    confirm: z.string(),
  })
  .refine((data) => data.password === data.confirm, { path: ["confirm"], message: "The two passwords do not match." })

export const profileSchema = z.object({
  first_name: name("first name"),
  last_name: name("last name"),
  phone: optional(30).refine((value) => value === null || /^\+?[\d\s().-]{5,}$/.test(value), "Enter a phone number using digits, spaces and an optional leading +."),
})

export const addressSchema = z.object({
  first_name: name("first name"),
  last_name: name("last name"),
  company: optional(100),
  address_1: z.string().trim().min(1, "Enter the street address.").max(200, "The street address is too long."),
  address_2: optional(200),
  city: z.string().trim().min(1, "Enter the town or city.").max(100, "The town or city is too long."),
  province: optional(100),
  postal_code: optional(20),
  country_code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, "Choose a country."),
  phone: optional(30),
})

/** Runs a schema over a submitted form; errors come back keyed by field, first message per field. */
export function parseForm<T extends z.ZodTypeAny>(
  schema: T,
  formData: FormData
): { ok: true; data: z.infer<T> } | { ok: false; errors: Record<string, string> } {
  const raw = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string"))
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "form")
    errors[key] ??= issue.message
  }
  return { ok: false, errors }
}

/** What was typed, minus passwords and tokens, for showing the form again after an error. */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !/password|confirm|token|^\$ACTION/i.test(key)) values[key] = value
  }
  return values
}

/** The sentence for a 429 from commerce. */
export function rateLimitMessage(retryAfterSeconds: number | null): string {
  if (!retryAfterSeconds) return "Too many attempts. Please wait a few minutes and try again."
  const minutes = Math.ceil(retryAfterSeconds / 60)
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} seconds` : `${minutes} minute${minutes === 1 ? "" : "s"}`
  return `Too many attempts. Please wait ${wait} and try again.`
}

/** A path to return to after signing in: only an account, cart, checkout or community page of this site. */
export function safeReturnPath(next: unknown, countryCode: string): string {
  const fallback = `/${countryCode}/account`
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback
  return /^\/[a-z]{2}\/(account|cart|checkout|community)(\/|$)/.test(next) ? next : fallback
}

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

/** A made-up origin to resolve a return path against: whatever leaves it was never a path of this site. */
const HERE = "https://this-site.invalid"
const MAX_RETURN_PATH = 2048

/** The text after up to three rounds of percent-decoding, or null when it cannot be decoded. */
function decoded(text: string): string | null {
  let current = text
  for (let round = 0; round < 3; round++) {
    try {
      const next = decodeURIComponent(current)
      if (next === current) return current
      current = next
    } catch {
      return null
    }
  }
  return current
}

/** Whether `text` reads as a path on this site: one leading "/", no "//", no backslash, no control character. */
const looksLocal = (text: string) =>
  text.startsWith("/") && !text.startsWith("//") && !text.includes("\\") && !/[\u0000-\u001f\u007f]/.test(text)

/**
 * Where to go after signing in or registering: any page of this site the
 * reader came from, given as a relative path, else their account. Another
 * host is refused however it is dressed up: `//evil.com`, `/\\evil.com`,
 * `javascript:`, a tab or line break a browser would drop, and the same
 * tricks percent-encoded (`/%2F%2Fevil.com`, `/%5Cevil.com`), since the
 * path is checked both as given and decoded. The sign-in and sign-up pages
 * themselves are not a destination.
 */
export function safeReturnPath(next: unknown, countryCode: string): string {
  const fallback = `/${countryCode}/account`
  if (typeof next !== "string" || next.length > MAX_RETURN_PATH) return fallback
  const plain = decoded(next)
  if (plain === null || !looksLocal(next) || !looksLocal(plain)) return fallback
  let url: URL
  try {
    url = new URL(next, HERE)
  } catch {
    return fallback
  }
  if (url.origin !== HERE) return fallback
  if (/^\/[a-z]{2}\/account\/(login|register)\/?$/.test(url.pathname)) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

/** `path` carrying the reader's return path along (between sign-in and sign-up), when there is a safe one. */
export function withReturnPath(path: string, next: unknown, countryCode: string): string {
  const target = safeReturnPath(next, countryCode)
  return target === `/${countryCode}/account` ? path : `${path}?${new URLSearchParams({ next: target })}`
}

export const changePasswordSchema = z
  .object({
    current_password: z.string().min(1, "Enter your current password."),
    new_password: newPassword,
    confirm: z.string(),
  })
  .refine((data) => data.new_password === data.confirm, { path: ["confirm"], message: "The two new passwords do not match." })
  .refine((data) => data.new_password !== data.current_password, {
    path: ["new_password"],
    message: "Choose a new password that differs from the current one.",
  })

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password to confirm."),
  confirm_delete: z.literal("on", { errorMap: () => ({ message: "Tick the box to confirm you want your account deleted." }) }),
})

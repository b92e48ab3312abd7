import "server-only"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { authHeaders, getAuthToken } from "./cookies"

/** The signed-in customer's email and whether that very address is verified (commerce decides). */
export type EmailVerification = { email: string; verified: boolean; verified_at: string | null }

const options = () => ({ cache: "no-store" as const, signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS) })

/** The signed-in customer's verification state; null for a visitor who is not signed in. */
export async function retrieveEmailVerification(): Promise<EmailVerification | null> {
  if (!(await getAuthToken())) return null
  const { email_verification } = await storeFetch<{ email_verification: EmailVerification }>("/store/customers/me/email-verification", {
    headers: await authHeaders(),
    ...options(),
  })
  return email_verification
}

/**
 * Whether the signed-in reader may post, review or RSVP as far as their email
 * goes: true for a visitor (who meets the sign-in prompt instead) and when
 * commerce cannot say (commerce refuses an unverified write itself).
 */
export async function emailVerifiedOrUnknown(): Promise<boolean> {
  const state = await retrieveEmailVerification().catch(() => null)
  return state?.verified ?? true
}

/** Emails the signed-in customer a new verification link (commerce limits how often: 429). */
export async function requestVerificationEmail(): Promise<void> {
  await storeFetch("/store/customers/me/email-verification", { method: "POST", headers: await authHeaders(), ...options() })
}

/** Follows a verification email's link: commerce checks the signature (403 forged, 410 expired) and records the email. */
export async function verifyEmailByToken(token: string): Promise<{ email: string; verified: boolean }> {
  const { email_verification } = await storeFetch<{ email_verification: { email: string; verified: boolean } }>("/store/email-verifications", {
    method: "POST",
    body: { token },
    ...options(),
  })
  return email_verification
}

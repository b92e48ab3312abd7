import type { MedusaContainer } from "@medusajs/framework/types"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import { env } from "../env"
import { openInboxLink, sealInboxLink } from "./inbox-link"

/**
 * Where a customer's verified email is recorded: in the `app_metadata` of
 * each of their auth identities, which no store route writes (unlike
 * `customer.metadata`, which `POST /store/customers/me` lets them set).
 * The record names the email that was verified, so an account whose email
 * changes is unverified again until the new address is confirmed.
 */
export const EMAIL_VERIFIED = "email_verified"

/** The code of a 403 that only a verified email lifts, for the storefront to offer a new link. */
export const EMAIL_NOT_VERIFIED = "email_not_verified"

/** How long the link in a verification email works. */
export const EMAIL_VERIFICATION_TTL_SECONDS = 48 * 60 * 60

type VerifiedRecord = { email: string; verified_at: string }

export type EmailVerificationState = { email: string; verified: boolean; verified_at: string | null }

const db = (scope: MedusaContainer) => scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

async function currentEmail(scope: MedusaContainer, customerId: string): Promise<string> {
  const [customer] = await scope.resolve(Modules.CUSTOMER).listCustomers({ id: [customerId] }, { select: ["id", "email"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} was not found`)
  return customer.email ?? ""
}

async function verifiedRecords(scope: MedusaContainer, customerId: string): Promise<VerifiedRecord[]> {
  const { rows } = await db(scope).raw(
    `SELECT app_metadata->? AS record FROM auth_identity WHERE app_metadata->>'customer_id' = ? AND deleted_at IS NULL`,
    [EMAIL_VERIFIED, customerId]
  )
  return (rows as { record: VerifiedRecord | null }[])
    .map((row) => row.record)
    .filter((record): record is VerifiedRecord => typeof record?.email === "string" && typeof record.verified_at === "string")
}

/** The customer's current email, and whether (and when) that very address was verified. */
export async function emailVerificationState(scope: MedusaContainer, customerId: string): Promise<EmailVerificationState> {
  const [email, records] = await Promise.all([currentEmail(scope, customerId), verifiedRecords(scope, customerId)])
  const record = email ? records.find((r) => sameEmail(r.email, email)) : undefined
  return { email, verified: !!record, verified_at: record?.verified_at ?? null }
}

/** Whether the customer verified an email that is no longer theirs (their email was changed): the new one needs its own link. */
export async function needsReverification(scope: MedusaContainer, customerId: string): Promise<boolean> {
  const [email, records] = await Promise.all([currentEmail(scope, customerId), verifiedRecords(scope, customerId)])
  return !!email && records.length > 0 && !records.some((r) => sameEmail(r.email, email))
}

/** Whether the customer's CURRENT email is the one they verified (case-insensitive). */
export async function isEmailVerified(scope: MedusaContainer, customerId: string): Promise<boolean> {
  return (await emailVerificationState(scope, customerId)).verified
}

/**
 * Records that the customer proved they own `email` (the emailed link, or a
 * sign-in with a provider that vouches for the address). One UPDATE merges the
 * key into every identity of the customer, so a concurrent write of another
 * key (sessions_valid_after) is not lost. The customer must already have an
 * identity linked to them.
 */
export async function markEmailVerified(scope: MedusaContainer, customerId: string, email: string): Promise<void> {
  const record: VerifiedRecord = { email: email.trim().toLowerCase(), verified_at: new Date().toISOString() }
  const updated = await db(scope).raw(
    `UPDATE auth_identity
        SET app_metadata = coalesce(app_metadata, '{}'::jsonb) || jsonb_build_object(?::text, ?::jsonb), updated_at = now()
      WHERE app_metadata->>'customer_id' = ? AND deleted_at IS NULL`,
    [EMAIL_VERIFIED, JSON.stringify(record), customerId]
  )
  if (!updated.rowCount) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} has no sign-in to record a verified email on`)
  }
}

/** The token of a verification link: this customer owns this email, until `e`. Typed (`t: "verify"`), so no other signed token stands in for it. */
export function createEmailVerificationToken(customerId: string, email: string, now = Date.now(), secret = env.EMAIL_VERIFICATION_SECRET): string {
  return sealInboxLink("verify", customerId, email, EMAIL_VERIFICATION_TTL_SECONDS, now, secret)
}

/** The customer and email a verification token was signed for: 403 when forged or malformed, 410 once expired. */
export function readEmailVerificationToken(
  token: string,
  now = Date.now(),
  secret = env.EMAIL_VERIFICATION_SECRET
): { customerId: string; email: string } {
  return openInboxLink("verify", "verification", token, now, secret)
}

/** The storefront page a verification link opens (country-less: the storefront adds the shopper's country). */
export const emailVerificationUrl = (token: string) => `${env.STOREFRONT_PUBLIC_URL}/account/verify?token=${encodeURIComponent(token)}`

/**
 * A route only a customer with a verified email may use (after `authenticate`):
 * anyone else gets 403 with `code: email_not_verified` and `message`.
 */
export function requireVerifiedEmail(message: string) {
  return async function refuseUnverifiedEmail(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const customerId = req.auth_context?.actor_id
    if (customerId && (await isEmailVerified(req.scope, customerId))) return next()
    res.status(403).json({ type: "not_allowed", code: EMAIL_NOT_VERIFIED, message })
  }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"

/** The auth provider id Google sign-in is registered under (medusa-config.ts). */
export const GOOGLE_PROVIDER = "google"

/** `verified`: Google verified `email` (the ID token's email_verified claim). */
export type GoogleCustomer = { customer_id: string; email: string; verified: boolean; outcome: "existing" | "linked" | "created" }

type GoogleClaims = { email?: unknown; email_verified?: unknown; name?: unknown; given_name?: unknown; family_name?: unknown }

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "")

/** First and last name from the ID token: Google's given/family names, else the full name split once. */
function namesOf(claims: GoogleClaims): { first_name: string; last_name: string } {
  const given = text(claims.given_name)
  const family = text(claims.family_name)
  if (given || family) return { first_name: given.slice(0, 100), last_name: family.slice(0, 100) }
  const [first = "", ...rest] = text(claims.name).split(/\s+/)
  return { first_name: first.slice(0, 100), last_name: rest.join(" ").slice(0, 100) }
}

/**
 * The customer a Google sign-in belongs to, made the first time: an identity
 * already linked keeps its customer; else a registered account with the same
 * address is linked to it (never the other way round, and only when Google
 * verified the address: anyone can put any address on a Google account they
 * do not own only if Google has not verified it); else a customer is created
 * from the ID token's name and address. The email always comes from the
 * verified ID token, never from the caller.
 */
export async function customerForGoogleIdentity(scope: MedusaContainer, authIdentityId: string): Promise<GoogleCustomer> {
  const auth = scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  const google = identity.provider_identities?.find((p) => p.provider === GOOGLE_PROVIDER)
  if (!google) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a Google sign-in can be finished here.")
  const claims = (google.user_metadata ?? {}) as GoogleClaims
  const email = text(claims.email).toLowerCase()
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Google did not share an email address for this account.")

  const verified = claims.email_verified === true
  const linkedTo = identity.app_metadata?.customer_id
  if (typeof linkedTo === "string" && linkedTo) return { customer_id: linkedTo, email, verified, outcome: "existing" }

  const [existing] = await scope.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true }, { select: ["id"] })
  if (existing) {
    if (!verified) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "An account already uses this address and Google has not verified it: sign in with your password.")
    }
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...identity.app_metadata, customer_id: existing.id } })
    return { customer_id: existing.id, email, verified, outcome: "linked" }
  }
  const { result } = await createCustomerAccountWorkflow(scope).run({
    input: { authIdentityId: identity.id, customerData: { email, ...namesOf(claims) } },
  })
  return { customer_id: result.id, email, verified, outcome: "created" }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * The email the customer's password is kept under (the emailpass provider's
 * entity id, which is the email they registered with, not necessarily the
 * customer's current one). An identity without a password (a Google sign-in)
 * cannot prove one.
 */
export async function emailpassEntityOf(scope: MedusaContainer, authIdentityId: string): Promise<string> {
  const identity = await scope.resolve(Modules.AUTH).retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  const emailpass = identity.provider_identities?.find((p) => p.provider === "emailpass")
  if (!emailpass) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account has no password: it signs in another way.")
  return emailpass.entity_id
}

/** Checks a password as sign-in does (the emailpass provider's scrypt check); a wrong one is a 400 saying so. */
export async function verifyPassword(scope: MedusaContainer, entityId: string, password: string, wrong = "The current password is not right."): Promise<void> {
  const { success } = await scope.resolve(Modules.AUTH).authenticate("emailpass", { body: { email: entityId, password } })
  if (!success) throw new MedusaError(MedusaError.Types.INVALID_DATA, wrong)
}

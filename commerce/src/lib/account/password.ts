import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { Knex } from "knex"

/**
 * The email the customer's password is kept under (the emailpass provider's
 * entity id, which is the email they registered with, not necessarily the
 * customer's current one). It is looked up across every sign-in method of the
 * customer: a reader signed in with Google on an account that also has a
 * password proves that password. An account without one cannot.
 */
export async function emailpassEntityOf(scope: MedusaContainer, customerId: string): Promise<string> {
  const entityId = await findEmailpassEntity(scope, customerId)
  if (!entityId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account has no password: it signs in another way.")
  return entityId
}

/** Whether the customer has a password at all (an account made by Google sign-in has none). */
export async function hasPassword(scope: MedusaContainer, customerId: string): Promise<boolean> {
  return (await findEmailpassEntity(scope, customerId)) !== null
}

async function findEmailpassEntity(scope: MedusaContainer, customerId: string): Promise<string | null> {
  const db = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const emailpass: { entity_id: string } | undefined = await db("provider_identity as p")
    .join("auth_identity as a", "a.id", "p.auth_identity_id")
    .select("p.entity_id")
    .where("p.provider", "emailpass")
    .whereRaw("a.app_metadata->>'customer_id' = ?", [customerId])
    .whereNull("p.deleted_at")
    .whereNull("a.deleted_at")
    .first()
  return emailpass?.entity_id ?? null
}

/** Checks a password as sign-in does (the emailpass provider's scrypt check); a wrong one is a 400 saying so. */
export async function verifyPassword(scope: MedusaContainer, entityId: string, password: string, wrong = "The current password is not right."): Promise<void> {
  const { success } = await scope.resolve(Modules.AUTH).authenticate("emailpass", { body: { email: entityId, password } })
  if (!success) throw new MedusaError(MedusaError.Types.INVALID_DATA, wrong)
}

import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import type { Knex } from "knex"

/**
 * Medusa's customer tokens are stateless JWTs: nothing on the server can end
 * one before it expires. Each auth identity therefore carries, in its
 * `app_metadata` (which no store route writes), the instant in whole seconds
 * before which its tokens are no longer accepted. A token's `iat` is whole
 * seconds too, so the instant is the second after "now": every token issued
 * up to and including this second is refused. The revoking request answers
 * only once that second has begun (a wait of under a second), so a sign-in
 * made after the answer is accepted, and the fresh token the current session
 * is given is issued at that instant.
 */
export const SESSIONS_VALID_AFTER = "sessions_valid_after"

type TokenClaims = { actor_id?: string; actor_type?: string; auth_identity_id?: string; iat?: number }

const db = (scope: MedusaContainer) => scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
const http = (scope: MedusaContainer) => scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http

/**
 * Ends every session of the customer (on each of their sign-in methods) and
 * answers the instant, in seconds, from which tokens count again. One UPDATE
 * merges the key into app_metadata, so a concurrent write of another key is
 * not lost.
 */
export async function revokeCustomerSessions(scope: MedusaContainer, customerId: string): Promise<number> {
  const validAfter = Math.floor(Date.now() / 1000) + 1
  await db(scope).raw(
    `UPDATE auth_identity
        SET app_metadata = coalesce(app_metadata, '{}'::jsonb) || jsonb_build_object(?::text, ?::bigint), updated_at = now()
      WHERE app_metadata->>'customer_id' = ? AND deleted_at IS NULL`,
    [SESSIONS_VALID_AFTER, validAfter, customerId]
  )
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, validAfter * 1000 - Date.now())))
  return validAfter
}

/** A token like the caller's (same identity, customer and claims) issued at `issuedAt`, for the session that asked. */
export function reissueToken(scope: MedusaContainer, claims: Record<string, unknown>, issuedAt: number): string {
  const { iat: _iat, exp: _exp, ...rest } = claims
  const { jwtSecret, jwtExpiresIn, jwtOptions } = http(scope)
  return generateJwtToken({ ...rest, iat: issuedAt }, { secret: jwtSecret as string, expiresIn: jwtExpiresIn ?? "1d", jwtOptions })
}

/**
 * The customer claims a request carries, from its session or its bearer token (verified as Medusa does).
 * Once Medusa's `authenticate` has verified them (every store route, before ours), its auth_context is
 * those claims: read, not verified a second time.
 */
function customerClaims(req: MedusaRequest): TokenClaims | null {
  const verified = (req as MedusaRequest & { auth_context?: TokenClaims }).auth_context
  if (verified?.actor_type === "customer" && verified.auth_identity_id) return verified
  const session = (req as MedusaRequest & { session?: { auth_context?: TokenClaims } }).session?.auth_context
  if (session?.actor_type === "customer") return session
  const header = req.headers.authorization
  if (!header || !/^bearer\s/i.test(header)) return null
  const { jwtSecret, jwtPublicKey, jwtVerifyOptions, jwtOptions } = http(req.scope)
  return getAuthContextFromJwtToken(header, jwtSecret as string, ["bearer"], ["customer"], jwtPublicKey, jwtVerifyOptions ?? jwtOptions) as TokenClaims | null
}

/**
 * Every store and token route: a customer token issued before its identity's
 * cut-off, or whose identity is gone (a deleted account), is answered 401, as
 * an expired one would be. Requests without a customer token pass untouched.
 */
export async function refuseRevokedCustomerTokens(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const claims = customerClaims(req)
  if (!claims?.auth_identity_id) return next()
  // One indexed read of the cut-off (as revokeCustomerSessions writes it): it runs on every signed-in store
  // request, where the auth module's listAuthIdentities cost more CPU than the route behind it.
  const { rows } = await db(req.scope).raw(
    `SELECT app_metadata->? AS valid_after FROM auth_identity WHERE id = ? AND deleted_at IS NULL`,
    [SESSIONS_VALID_AFTER, claims.auth_identity_id]
  )
  const identity: { valid_after: unknown } | undefined = rows[0]
  const validAfter = Number(identity?.valid_after ?? 0)
  if (!identity || (typeof claims.iat === "number" && claims.iat < validAfter)) {
    res.status(401).json({ type: "unauthorized", message: "This session has been signed out. Please sign in again." })
    return
  }
  next()
}

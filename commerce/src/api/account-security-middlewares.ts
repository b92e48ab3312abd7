import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { refuseRevokedCustomerTokens } from "../lib/account/sessions"
import { limitAccountDeletion } from "../lib/rate-limit/account-deletion-limits"
import { limitPasswordChecks } from "../lib/rate-limit/auth-limits"
import { StoreSignedToken } from "./store/customers/me/marketing/validators"
import { StoreChangePassword, StoreDeleteAccount } from "./store/customers/me/password/validators"

const customer = authenticate("customer", ["session", "bearer"])

/**
 * Account security: a signed-out session stays out on every store route and
 * cannot be refreshed into a new token; the account's own security routes.
 */
export const accountSecurityMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/*", middlewares: [refuseRevokedCustomerTokens] },
  { matcher: "/auth/token/refresh", methods: ["POST"], middlewares: [refuseRevokedCustomerTokens] },
  { matcher: "/auth/session", methods: ["POST"], middlewares: [refuseRevokedCustomerTokens] },
  {
    matcher: "/store/customers/me/password",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreChangePassword), limitPasswordChecks],
  },
  { matcher: "/store/customers/me/sessions", methods: ["DELETE"], middlewares: [customer] },
  { matcher: "/store/customers/me/export", methods: ["GET"], middlewares: [customer] },
  {
    matcher: "/store/customers/me/delete",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreDeleteAccount), limitAccountDeletion],
  },
  { matcher: "/store/customers/me/delete", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/account-deletions", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSignedToken)] },
]

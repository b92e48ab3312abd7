import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { LedgerPeriodQuery } from "../../../lib/marketplace/ledger-query"

// /admin routes are authenticated for staff users by Medusa itself.
export const adminMarketplaceMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/marketplace/ledger", methods: ["GET"], middlewares: [validateAndTransformQuery(LedgerPeriodQuery, {})] },
]

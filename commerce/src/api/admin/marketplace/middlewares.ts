import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { LedgerPeriodQuery } from "../../../lib/marketplace/ledger-query"
import { AdminCreateAdjustment, AdminListPayouts, AdminRecordPayout, AdminSetProductCommission } from "./validators"

// /admin routes are authenticated for staff users by Medusa itself.
export const adminMarketplaceMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/marketplace/ledger", methods: ["GET"], middlewares: [validateAndTransformQuery(LedgerPeriodQuery, {})] },
  { matcher: "/admin/marketplace/payouts", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListPayouts, {})] },
  { matcher: "/admin/marketplace/payouts", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRecordPayout)] },
  { matcher: "/admin/marketplace/products/:id/commission", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSetProductCommission)] },
  { matcher: "/admin/marketplace/vendors/:id/adjustments", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateAdjustment)] },
]

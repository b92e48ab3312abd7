import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListReconciliationRuns, AdminStartReconciliation } from "./validators"

// /admin routes are authenticated for staff users by Medusa itself.
export const adminReconciliationMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/reconciliation/runs", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReconciliationRuns, {})] },
  { matcher: "/admin/reconciliation/runs", methods: ["POST"], middlewares: [validateAndTransformBody(AdminStartReconciliation)] },
]

import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSearchQueriesParams } from "./validators"

// Medusa authenticates /admin routes itself: staff only.
export const adminSearchMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/search/queries", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminSearchQueriesParams, {})] },
]

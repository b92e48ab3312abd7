import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminDecideDispute, AdminListDisputes } from "./validators"

// /admin routes are authenticated for staff users by Medusa itself (a customer's or vendor's token is a 401).
export const adminDisputeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/marketplace/disputes", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListDisputes, {})] },
  { matcher: "/admin/marketplace/disputes/:id/decide", methods: ["POST"], middlewares: [validateAndTransformBody(AdminDecideDispute)] },
]

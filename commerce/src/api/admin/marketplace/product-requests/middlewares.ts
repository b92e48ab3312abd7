import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminApproveProductRequest, AdminListProductRequests, AdminRejectProductRequest } from "./validators"

// /admin routes are authenticated for staff users by Medusa itself (a customer's or vendor's token is a 401).
export const adminProductRequestMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/marketplace/product-requests", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListProductRequests, {})] },
  { matcher: "/admin/marketplace/product-requests/:id/approve", methods: ["POST"], middlewares: [validateAndTransformBody(AdminApproveProductRequest)] },
  { matcher: "/admin/marketplace/product-requests/:id/reject", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRejectProductRequest)] },
]

import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminApproveVendor, AdminListVendors, AdminRejectVendor, AdminSuspendVendor } from "./validators"

// /admin routes are authenticated for staff users by Medusa itself (a customer's or vendor's token is a 401).
export const adminVendorMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/vendors", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListVendors, {})] },
  { matcher: "/admin/vendors/:id/approve", methods: ["POST"], middlewares: [validateAndTransformBody(AdminApproveVendor)] },
  { matcher: "/admin/vendors/:id/reject", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRejectVendor)] },
  { matcher: "/admin/vendors/:id/suspend", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSuspendVendor)] },
]

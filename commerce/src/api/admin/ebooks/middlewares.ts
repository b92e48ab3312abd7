import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListEbooksParams, AdminUploadEbookParams } from "./validators"

/** Staff only: Medusa authenticates every /admin route as a user. */
export const adminEbooksMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/ebooks", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListEbooksParams, {})] },
  {
    matcher: "/admin/ebooks/:variantId/:format",
    methods: ["PUT"],
    // The body is the file: no parser reads it, the route streams it to the file module.
    bodyParser: false,
    middlewares: [validateAndTransformQuery(AdminUploadEbookParams, {})],
  },
]

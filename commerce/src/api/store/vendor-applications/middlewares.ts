import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitVendorApplications } from "../../../lib/rate-limit/marketplace-limits"
import { StoreVendorApplication } from "./validators"

/** Anyone may apply (no account needed: the owner's vendor sign-in is set up after approval); counted per address and per email. */
export const storeVendorApplicationMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/vendor-applications",
    methods: ["POST"],
    middlewares: [limitVendorApplications, validateAndTransformBody(StoreVendorApplication)],
  },
]

import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { LedgerPeriodQuery } from "../../lib/marketplace/ledger-query"
import { limitVendorLogin, limitVendorRegistration } from "../../lib/rate-limit/auth-limits"
import { limitVendorInvitations } from "../../lib/rate-limit/marketplace-limits"
import { vendorOrderMiddlewares } from "./me/orders/middlewares"
import { VendorCreateProduct, VendorUpdateProduct } from "./me/products/validators"
import { VendorAcceptInvitation, VendorInviteMember, VendorListPayouts } from "./validators"

// Only a vendor member's token passes: a customer's or staff user's is a 401 here, as a vendor's is on /store and /admin.
const vendor = authenticate("vendor", ["session", "bearer"])

/** The vendor namespace (/vendors) and its sign-in limits; the portal's pages build on these. */
export const vendorMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/vendor/emailpass", methods: ["POST"], middlewares: [limitVendorLogin] },
  { matcher: "/auth/vendor/emailpass/register", methods: ["POST"], middlewares: [limitVendorRegistration] },
  { matcher: "/vendors/me", middlewares: [vendor] },
  { matcher: "/vendors/me/*", middlewares: [vendor] },
  { matcher: "/vendors/me/ledger", methods: ["GET"], middlewares: [validateAndTransformQuery(LedgerPeriodQuery, {})] },
  { matcher: "/vendors/me/payouts", methods: ["GET"], middlewares: [validateAndTransformQuery(VendorListPayouts, {})] },
  { matcher: "/vendors/me/members", methods: ["POST"], middlewares: [limitVendorInvitations, validateAndTransformBody(VendorInviteMember)] },
  { matcher: "/vendors/me/products", methods: ["POST"], middlewares: [validateAndTransformBody(VendorCreateProduct)] },
  { matcher: "/vendors/me/products/:id", methods: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateProduct)] },
  ...vendorOrderMiddlewares,
  {
    // An invited person's sign-in before it is a member's: a vendor token without an actor yet.
    matcher: "/vendors/invitations/accept",
    methods: ["POST"],
    middlewares: [authenticate("vendor", ["session", "bearer"], { allowUnregistered: true }), validateAndTransformBody(VendorAcceptInvitation)],
  },
]

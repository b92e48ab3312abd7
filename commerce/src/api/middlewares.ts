import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreCatalogProductsParams } from "./store/catalog/products/validators"
import { attachCartEmail } from "./store/payment-collections/attach-cart-email"
import { attachMarketplaceSplit } from "./store/payment-collections/attach-marketplace-split"
import { checkPromotionCodes } from "./store/carts/promotion-codes"
import { storeCommunityMiddlewares } from "./store/community/middlewares"
import { communityMiddlewares } from "./community/middlewares"
import { adminCommunityMiddlewares } from "./admin/community/middlewares"
import { adminInsightsMiddlewares } from "./admin/insights/middlewares"
import { adminReconciliationMiddlewares } from "./admin/reconciliation/middlewares"
import { hooksCmsMiddlewares } from "./hooks/cms/middlewares"
import { searchMiddlewares } from "./store/search/middlewares"
import { adminSearchMiddlewares } from "./admin/search/middlewares"
import { adminEbooksMiddlewares } from "./admin/ebooks/middlewares"
import { storeLibraryMiddlewares } from "./store/customers/me/library/middlewares"
import { storeMarketingMiddlewares } from "./store/customers/me/marketing/middlewares"
import { storeRestockRequestMiddlewares } from "./store/restock-requests/middlewares"
import { storeWishlistMiddlewares } from "./store/customers/me/wishlist/middlewares"
import { storeReviewMiddlewares } from "./store/products/middlewares"
import { adminReviewMiddlewares } from "./admin/reviews/middlewares"
import { storeVendorApplicationMiddlewares } from "./store/vendor-applications/middlewares"
import { adminVendorMiddlewares } from "./admin/vendors/middlewares"
import { adminMarketplaceMiddlewares } from "./admin/marketplace/middlewares"
import { adminProductRequestMiddlewares } from "./admin/marketplace/product-requests/middlewares"
import { vendorMiddlewares } from "./vendors/middlewares"
import { storeDisputeMiddlewares } from "./store/orders/[id]/disputes/middlewares"
import { vendorDisputeMiddlewares } from "./vendors/me/disputes/middlewares"
import { adminDisputeMiddlewares } from "./admin/marketplace/disputes/middlewares"
import { vendorContentMiddlewares } from "./vendors/content-middlewares"
import {
  limitCustomerLogin,
  limitCustomerRegistration,
  limitPasswordResets,
  limitStaffLogin,
  limitStaffPasswordResets,
} from "../lib/rate-limit/auth-limits"
import { rejectBadInput } from "../lib/http/reject-bad-input"
import { setSecurityHeaders } from "../lib/http/security-headers"
import { guardMedusaPrefixMiddlewares } from "../lib/http/guard-medusa-prefix-middlewares"
import { ownershipMiddlewares } from "./ownership-middlewares"
import { accountSecurityMiddlewares } from "./account-security-middlewares"
import { emailVerificationMiddlewares } from "./email-verification-middlewares"
import { googleSignInMiddlewares } from "./google-sign-in-middlewares"
import { coursesMiddlewares } from "./courses-middlewares"
import { lessonAttachmentMiddlewares } from "./lesson-attachment-middlewares"
import { digitalGoodsMiddlewares } from "./digital-goods-middlewares"

// Before the API loads: Medusa's own first middlewares answer every error too.
guardMedusaPrefixMiddlewares()

export default defineMiddlewares({
  routes: [
    // Every request: security headers, and bad input refused before any route reads it.
    { matcher: "/", middlewares: [setSecurityHeaders, rejectBadInput] },
    // Raw bytes kept so a body that is not UTF-8 can be refused (JSON parsing would hide it).
    { matcher: "/*", bodyParser: { preserveRawBody: true } },
    { matcher: "/auth/customer/emailpass", methods: ["POST"], middlewares: [limitCustomerLogin] },
    { matcher: "/auth/customer/emailpass/register", methods: ["POST"], middlewares: [limitCustomerRegistration] },
    { matcher: "/auth/customer/emailpass/reset-password", methods: ["POST"], middlewares: [limitPasswordResets] },
    { matcher: "/auth/user/emailpass", methods: ["POST"], middlewares: [limitStaffLogin] },
    { matcher: "/auth/user/emailpass/reset-password", methods: ["POST"], middlewares: [limitStaffPasswordResets] },
    // A signed-out session is refused before any route reads it.
    ...accountSecurityMiddlewares,
    ...googleSignInMiddlewares,
    // Ownership first: nothing else may read a cart or order the caller does not own.
    ...ownershipMiddlewares,
    // An unverified email may read and buy, not post or review.
    ...emailVerificationMiddlewares,
    {
      matcher: "/store/catalog/products",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreCatalogProductsParams, {})],
    },
    ...digitalGoodsMiddlewares,
    // A discount code that would do nothing is refused saying why (expired, used up, ...).
    { matcher: "/store/carts/:id/promotions", methods: ["POST"], middlewares: [checkPromotionCodes] },
    {
      matcher: "/store/payment-collections/:id/payment-sessions",
      methods: ["POST"],
      middlewares: [attachCartEmail, attachMarketplaceSplit],
    },
    ...coursesMiddlewares,
    ...lessonAttachmentMiddlewares,
    ...storeCommunityMiddlewares,
    ...communityMiddlewares,
    ...adminCommunityMiddlewares,
    ...adminInsightsMiddlewares,
    ...adminReconciliationMiddlewares,
    ...hooksCmsMiddlewares,
    ...searchMiddlewares,
    ...adminSearchMiddlewares,
    ...adminEbooksMiddlewares,
    ...storeLibraryMiddlewares,
    ...storeMarketingMiddlewares,
    ...storeRestockRequestMiddlewares,
    ...storeWishlistMiddlewares,
    ...storeReviewMiddlewares,
    ...adminReviewMiddlewares,
    ...storeVendorApplicationMiddlewares,
    ...adminVendorMiddlewares,
    ...adminMarketplaceMiddlewares,
    ...adminProductRequestMiddlewares,
    ...vendorMiddlewares,
    ...storeDisputeMiddlewares,
    ...vendorDisputeMiddlewares,
    ...adminDisputeMiddlewares,
    ...vendorContentMiddlewares,
  ],
})

import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireVerifiedEmail } from "../lib/account/email-verification"
import { limitVerificationEmails } from "../lib/rate-limit/email-verification-limits"
import { StoreSignedToken } from "./store/customers/me/marketing/validators"

const customer = authenticate("customer", ["session", "bearer"])
const toPost = requireVerifiedEmail("Verify your email address to post in the community")
const toReview = requireVerifiedEmail("Verify your email address to write a review")

/**
 * Email verification: the account's state and resend, the emailed link, and
 * the writes that need a verified email (community posts, reviews). Listed
 * before those routes' own middlewares, so a refused write does not count
 * against their rate limits.
 */
export const emailVerificationMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/email-verification", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/customers/me/email-verification", methods: ["POST"], middlewares: [customer, limitVerificationEmails] },
  { matcher: "/store/email-verifications", methods: ["POST"], middlewares: [validateAndTransformBody(StoreSignedToken)] },
  { matcher: "/store/community/discussions", methods: ["POST"], middlewares: [customer, toPost] },
  { matcher: "/store/community/discussions/:id", methods: ["POST"], middlewares: [customer, toPost] },
  { matcher: "/store/community/discussions/:id/replies", methods: ["POST"], middlewares: [customer, toPost] },
  { matcher: "/store/community/replies/:id", methods: ["POST"], middlewares: [customer, toPost] },
  { matcher: "/store/products/:id/reviews", methods: ["POST"], middlewares: [customer, toReview] },
  { matcher: "/store/products/:id/reviews/me", methods: ["PUT"], middlewares: [customer, toReview] },
]

import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitDisputeAnswers } from "../../../../lib/rate-limit/dispute-limits"
import { VendorAnswerDispute } from "./validators"

// The vendor actor is required by /vendors/me/* (vendors/middlewares.ts), registered before these.
export const vendorDisputeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/vendors/me/disputes/:id/answer", methods: ["POST"], middlewares: [validateAndTransformBody(VendorAnswerDispute), limitDisputeAnswers] },
]

import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitRestockRequests } from "../../../lib/rate-limit/restock-limits"
import { StoreRestockRequest } from "./validators"

/** Anyone may ask (a signed-in reader's account gives the email); counted per address and per email. */
export const storeRestockRequestMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/restock-requests",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      limitRestockRequests,
      validateAndTransformBody(StoreRestockRequest),
    ],
  },
]

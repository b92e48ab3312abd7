import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitDisputeOpenings } from "../../../../../lib/rate-limit/dispute-limits"
import { restrictOrderToSignedInOwner } from "../../restrict-to-owner"
import { StoreOpenDispute } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/** Only the signed-in customer whose order it is (anyone else: the 404 of an order that does not exist). */
export const storeDisputeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id/disputes", methods: ["GET"], middlewares: [customer, restrictOrderToSignedInOwner] },
  {
    matcher: "/store/orders/:id/disputes",
    methods: ["POST"],
    middlewares: [customer, restrictOrderToSignedInOwner, validateAndTransformBody(StoreOpenDispute), limitDisputeOpenings],
  },
]

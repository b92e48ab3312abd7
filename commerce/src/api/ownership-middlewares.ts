import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { cartInBody, cartInPath, cartInQuery, cartOfPaymentCollection, restrictCartToOwner } from "./store/cart-owner"
import { restrictOrderToOwner, restrictOrderToSignedInOwner } from "./store/orders/restrict-to-owner"
import { requireTransferToken, restrictTransferToOrderEmail } from "./store/orders/transfer-guards"
import { restrictReturnToOrderOwner } from "./store/returns/restrict-to-order-owner"

const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const customer = authenticate("customer", ["session", "bearer"])

/**
 * Who may use each of Medusa's store routes that take an order, cart or
 * payment collection (README, Security, lists every store route and its rule).
 * Medusa's own middlewares for the same paths run first (validation, sign-in).
 */
export const ownershipMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id", methods: ["GET"], middlewares: [maybeCustomer, restrictOrderToOwner] },
  { matcher: "/store/orders/:id/timeline", methods: ["GET"], middlewares: [customer, restrictOrderToSignedInOwner] },
  { matcher: "/store/orders/:id/cancel", methods: ["POST"], middlewares: [customer, restrictOrderToSignedInOwner] },
  { matcher: "/store/orders/:id/transfer/request", methods: ["POST"], middlewares: [customer, restrictTransferToOrderEmail] },
  { matcher: "/store/orders/:id/transfer/cancel", methods: ["POST"], middlewares: [customer, restrictTransferToOrderEmail] },
  { matcher: "/store/orders/:id/transfer/accept", methods: ["POST"], middlewares: [requireTransferToken] },
  { matcher: "/store/orders/:id/transfer/decline", methods: ["POST"], middlewares: [requireTransferToken] },
  { matcher: "/store/returns", methods: ["POST"], middlewares: [maybeCustomer, restrictReturnToOrderOwner] },
  { matcher: "/store/carts/:id", methods: ["GET", "POST"], middlewares: [maybeCustomer, restrictCartToOwner(cartInPath)] },
  { matcher: "/store/carts/:id/*", methods: ["POST", "DELETE"], middlewares: [maybeCustomer, restrictCartToOwner(cartInPath)] },
  { matcher: "/store/payment-collections", methods: ["POST"], middlewares: [maybeCustomer, restrictCartToOwner(cartInBody)] },
  {
    matcher: "/store/payment-collections/:id/payment-sessions",
    methods: ["POST"],
    middlewares: [maybeCustomer, restrictCartToOwner(cartOfPaymentCollection)],
  },
  { matcher: "/store/shipping-options", methods: ["GET"], middlewares: [maybeCustomer, restrictCartToOwner(cartInQuery)] },
  { matcher: "/store/shipping-options/:id/calculate", methods: ["POST"], middlewares: [maybeCustomer, restrictCartToOwner(cartInBody)] },
]

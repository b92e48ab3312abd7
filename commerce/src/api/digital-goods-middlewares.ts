import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { applyCartRules, applyCartRulesBeforePayment, applyCartRulesToQuantity } from "./store/carts/apply-cart-rules"
import { StoreOrderConfirmationParams } from "./store/order-confirmations/validators"

/**
 * Ebooks and courses: the cart rules of digital goods on every route that
 * puts a line in a cart or changes its quantity (POST /store/carts with
 * `items` does not pass through the line-item routes' middlewares), checked
 * once more before payment; and the confirmation page of an order, ebook
 * links and courses included.
 */
export const digitalGoodsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts", methods: ["POST"], middlewares: [applyCartRules] },
  { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [applyCartRules] },
  { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST"], middlewares: [applyCartRulesToQuantity] },
  { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], middlewares: [applyCartRulesBeforePayment] },
  {
    matcher: "/store/order-confirmations/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreOrderConfirmationParams, {})],
  },
]

import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreCatalogProductsParams } from "./store/catalog/products/validators"
import { attachCartEmail } from "./store/payment-collections/attach-cart-email"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/catalog/products",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreCatalogProductsParams, {})],
    },
    {
      matcher: "/store/payment-collections/:id/payment-sessions",
      methods: ["POST"],
      middlewares: [attachCartEmail],
    },
  ],
})

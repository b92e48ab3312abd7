import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreCatalogProductsParams } from "./store/catalog/products/validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/catalog/products",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreCatalogProductsParams, {})],
    },
  ],
})

import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitSearches } from "../../../lib/rate-limit/search-limits"
import { StoreSearchParams, StoreSearchSuggestParams } from "./validators"

export const searchMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/search", methods: ["GET"], middlewares: [limitSearches, validateAndTransformQuery(StoreSearchParams, {})] },
  {
    matcher: "/store/search/suggest",
    methods: ["GET"],
    middlewares: [limitSearches, validateAndTransformQuery(StoreSearchSuggestParams, {})],
  },
]

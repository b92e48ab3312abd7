import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreEbookDownload } from "./validators"

export const storeLibraryMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/library/:itemId/download", methods: ["POST"], middlewares: [validateAndTransformBody(StoreEbookDownload)] },
]

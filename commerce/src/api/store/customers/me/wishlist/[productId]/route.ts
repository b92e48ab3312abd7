import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WISHLIST_MODULE } from "../../../../../../modules/wishlist"
import type WishlistModuleService from "../../../../../../modules/wishlist/service"

/** DELETE: takes a product off the signed-in reader's wishlist (not there: `removed: false`, nothing changes). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const productId = req.params.productId
  const removed = await req.scope.resolve<WishlistModuleService>(WISHLIST_MODULE).unsaveProduct(req.auth_context.actor_id, productId)
  res.json({ product_id: productId, removed })
}

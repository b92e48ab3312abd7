import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CART_CLAIMED_BY } from "../cart-owner"
import { verifyCartRecoveryToken } from "../../../lib/lifecycle/links"
import { SignedLinkError } from "../../../lib/signed-links"
import type { StoreSignedTokenType } from "../customers/me/marketing/validators"

type RecoveredCart = { id: string; completed_at: Date | null; metadata: Record<string, unknown> | null }

/**
 * POST { token }: the link of an abandoned-cart reminder. Answers the cart
 * it was signed for, for the storefront to put back in the shopper's
 * cookie. 403 forged, 410 expired or the cart is gone or already an order.
 * A cart its account holder has used signed in stays theirs
 * (`sign_in_required`: the storefront asks them to sign in first).
 */
export async function POST(req: MedusaRequest<StoreSignedTokenType>, res: MedusaResponse) {
  let cartId: string
  try {
    cartId = verifyCartRecoveryToken(req.validatedBody.token)
  } catch (error) {
    if (error instanceof SignedLinkError) return res.status(error.status).json({ message: error.message })
    throw error
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "metadata"],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as RecoveredCart | undefined
  if (!cart) return res.status(410).json({ message: "This cart no longer exists" })
  if (cart.completed_at) return res.status(410).json({ message: "This cart has already become an order" })
  res.json({ cart: { id: cart.id, sign_in_required: !!cart.metadata?.[CART_CLAIMED_BY] } })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { POST as completeCart } from "@medusajs/medusa/api/store/carts/[id]/complete/route"
import { codeProblemMessage } from "../../../../../lib/promotions/code-state"
import { isPromotionRefusal, revalidateCartPromotions } from "../../promotion-codes"

/**
 * Medusa's own `POST /store/carts/:id/complete` (registered after it at the
 * same path, so this one answers), and one thing more: when completion is
 * refused because of a discount code (expired while the shopper paid, or
 * used up by other orders meanwhile), the code is taken off the cart before
 * the 400 goes out, so the cart stays payable at its new total instead of
 * failing the same way on every try. The message names the code.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  try {
    await completeCart(req as Parameters<typeof completeCart>[0], res)
  } catch (error) {
    if (!isPromotionRefusal(error)) throw error
    let removed: string[] = []
    try {
      removed = await revalidateCartPromotions(req.scope, req.params.id)
    } catch (heal) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Could not take the refused codes off cart ${req.params.id}: ${(heal as Error).message}`)
    }
    const message = String((error as Error).message)
    if (message.startsWith("The promotion code ") || !removed.length) throw error
    // Medusa's usage registration does not say which code was used up.
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${codeProblemMessage(removed[0], "used_up")}, so the order was not placed`)
  }
}

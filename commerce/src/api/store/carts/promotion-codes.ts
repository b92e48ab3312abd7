import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "zod"
import { codeProblem, codeProblemMessage, findPromotionsByCode } from "../../../lib/promotions/code-state"
import { promotionCodesOfCart } from "../../../workflows/hooks/revalidate-promotions-at-completion"

/** Codes as a shopper types them: trimmed, a handful at most, none absurdly long. */
const PromoCodes = z.array(z.string().trim().min(1, "Enter a promotion code.").max(64, "A promotion code has at most 64 characters.")).max(10)

/**
 * `POST /store/carts/:id/promotions`, after Medusa's validation: each code
 * not yet on the cart is checked, so the shopper hears why a code does
 * nothing (400: invalid, expired, not active yet, used up, or a delivery
 * discount before any delivery is chosen) where Medusa 2.21 would answer
 * 200 with the cart unchanged. A code typed in lower case is sent on as the
 * promotion's own code. A code that passes but fits no line of the cart is
 * still skipped by Medusa: the storefront sees it missing from the cart.
 */
export async function checkPromotionCodes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = req.validatedBody as { promo_codes: string[] }
    const parsed = PromoCodes.safeParse(body?.promo_codes ?? [])
    if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message)
    const codes = parsed.data
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "promotions.code", "shipping_methods.id"], filters: { id: req.params.id } })
    const cart = data[0] as { promotions?: ({ code?: string | null } | null)[]; shipping_methods?: unknown[] } | undefined
    if (!cart || !codes.length) return next()

    const onCart = new Set((cart.promotions ?? []).map((p) => p?.code))
    const found = await findPromotionsByCode(req.scope, codes)
    for (const code of codes) {
      const promotion = found.get(code)
      if (promotion && onCart.has(promotion.code)) continue
      const problem = codeProblem(promotion)
      if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, codeProblemMessage(code, problem))
      if (promotion!.application_method?.target_type === "shipping_methods" && !cart.shipping_methods?.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The promotion code ${code} takes money off delivery: choose delivery first, then apply it`
        )
      }
    }
    body.promo_codes = codes.map((code) => found.get(code)?.code ?? code)
    next()
  } catch (error) {
    next(error)
  }
}

/** A refusal of completion because of a discount code: ours (expired, not started) or Medusa's usage registration (used up). */
export const isPromotionRefusal = (error: unknown) =>
  /^The promotion code .+, so the order was not placed$|^Promotion usage exceeds the (budget )?limit\.$/.test(String((error as Error)?.message ?? ""))

/**
 * Works a cart's codes out again, as any change to the cart does: those
 * expired or used up come off with their discounts, the others stay, and
 * the payment collection is re-priced (its sessions dropped), so the cart
 * can be paid for at its new total. Answers the codes taken off.
 */
export async function revalidateCartPromotions(scope: MedusaContainer, cartId: string): Promise<string[]> {
  const before = await promotionCodesOfCart(scope, cartId)
  if (!before.length) return []
  await updateCartPromotionsWorkflow(scope).run({
    input: { cart_id: cartId, promo_codes: [], action: PromotionActions.ADD, force_refresh_payment_collection: true },
  })
  const after = new Set(await promotionCodesOfCart(scope, cartId))
  return before.filter((code) => !after.has(code))
}

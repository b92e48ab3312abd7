"use server"

import { refresh } from "next/cache"
import { unstable_rethrow } from "next/navigation"
import { addPromotionCodes, removePromotionCodes, retrieveCart } from "../data/cart"
import { getCartId } from "../data/cookies"
import { toBackendError } from "../util/errors"
import { hasCode, NOT_APPLICABLE, parsePromotionCode, promotionRefusal } from "./promotion-input"

/** Form state of the discount code field (`useActionState`): what happened, in a sentence. */
export type PromotionFormState = { ok: boolean; message: string; code?: string } | null

const CART_GONE: PromotionFormState = { ok: false, message: "Your cart has expired. Please reload the page." }
const TRY_AGAIN = "Your code could not be applied just now. Please try again."

/** Applies the typed code to the visitor's cart and says what came of it. */
export async function applyPromotionCode(_prev: PromotionFormState, formData: FormData): Promise<PromotionFormState> {
  const parsed = parsePromotionCode(formData.get("code"))
  if (!parsed.ok) return { ok: false, message: parsed.error }
  const cartId = await getCartId()
  if (!cartId) return CART_GONE
  try {
    const cart = await retrieveCart(cartId)
    if (!cart) return CART_GONE
    const updated = await addPromotionCodes(cart.id, [parsed.code])
    refresh()
    // Commerce answers with the code as the shop wrote it (LAUNCH10 for "launch10").
    const applied = (updated.promotions ?? []).find((p) => p?.code && p.code.toUpperCase() === parsed.code.toUpperCase())
    if (!applied || !hasCode(updated, applied.code!)) return { ok: false, message: NOT_APPLICABLE, code: parsed.code }
    return { ok: true, message: `${applied.code} is applied.`, code: applied.code! }
  } catch (error) {
    unstable_rethrow(error)
    const refusal = promotionRefusal(parsed.code, error)
    if (refusal) return { ok: false, message: refusal, code: parsed.code }
    const { status, message } = toBackendError("commerce", error)
    console.error(`[promotions] commerce refused code on cart ${cartId}: ${status ?? "no answer"} ${message}`)
    return { ok: false, message: TRY_AGAIN, code: parsed.code }
  }
}

/** Takes a code off the visitor's cart. */
export async function removePromotionCode(_prev: PromotionFormState, formData: FormData): Promise<PromotionFormState> {
  const code = String(formData.get("code") ?? "")
  const cartId = await getCartId()
  if (!cartId || !code) return CART_GONE
  try {
    const cart = await retrieveCart(cartId)
    if (!cart) return CART_GONE
    if (hasCode(cart, code)) await removePromotionCodes(cart.id, [code])
    refresh()
    return { ok: true, message: `${code} is removed.` }
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    console.error(`[promotions] could not remove ${code} from cart ${cartId}: ${status ?? "no answer"} ${message}`)
    return { ok: false, message: "Your code could not be removed just now. Please try again." }
  }
}

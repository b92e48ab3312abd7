import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { isOutOfStock, type PaymentOutcome } from "../util/checkout"
import { toBackendError } from "../util/errors"
import { CHECKOUT_FIELDS, completeCart, retrieveCart, retrieveVariantStock, type VariantStock } from "./cart"
import { PROVIDER_KEYS, type ProviderKey } from "../util/payment-providers"
import { flutterwaveData, paystackData } from "./payment"

/** Where a shopper returning from Paystack or Flutterwave ends up: their order, or back at checkout with a reason. */
export type PaystackReturn = { kind: "order"; orderId: string } | { kind: PaymentOutcome }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** How many times a completion already under way (the webhook's) is waited for. */
const COMPLETION_ATTEMPTS = 6

/**
 * Completes the cart a shopper has just paid for at Paystack. Commerce may
 * be completing the same cart from Paystack's webhook at that moment (it
 * answers 409 until done) or may have done so already (it answers with the
 * same order), so either way there is one order. Anything short of an order
 * is explained from the cart's Paystack session.
 */
export function finishPaystackCheckout(cartId: string | undefined, reference: string | null, options: { retryDelayMs?: number } = {}) {
  return finishCheckout(cartId, "paystack", reference, options)
}

/**
 * The same for either provider: `reference` is Paystack's reference or
 * Flutterwave's tx_ref, used only to explain a cart that did not complete.
 */
export async function finishCheckout(
  cartId: string | undefined,
  provider: ProviderKey,
  reference: string | null,
  { retryDelayMs = 500 }: { retryDelayMs?: number } = {}
): Promise<PaystackReturn> {
  if (!cartId) return { kind: "missing" }
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await completeCart(cartId)
      if (result.type === "order") return { kind: "order", orderId: result.order.id }
      return await explainUnfinished(cartId, provider, reference)
    } catch (error) {
      const { status, message } = toBackendError("commerce", error)
      if (status === 409 && attempt < COMPLETION_ATTEMPTS) {
        await sleep(retryDelayMs * attempt)
        continue
      }
      if (status === 404) return { kind: "missing" }
      if (isOutOfStock(error)) return { kind: "stock" }
      // Commerce refused a discount code at completion (expired or used up meanwhile) and took it off the cart.
      if (status === 400 && /^The promotion code .+, so the order was not placed$/.test(message)) return { kind: "promotion" }
      if (status === 400) return await explainUnfinished(cartId, provider, reference).catch(() => ({ kind: "failed" as const }))
      console.error(`[checkout] completing cart ${cartId} failed: ${status ?? "no answer"} ${message}`)
      return { kind: "failed" }
    }
  }
}

/** Why a cart was not turned into an order: the state of the session the shopper came back from. */
async function explainUnfinished(cartId: string, provider: ProviderKey, reference: string | null): Promise<PaystackReturn> {
  const cart = await retrieveCart(cartId, CHECKOUT_FIELDS)
  if (!cart) {
    // Completed in the meantime (by the webhook): asking again answers with its order.
    const again = await completeCart(cartId)
    return again.type === "order" ? { kind: "order", orderId: again.order.id } : { kind: "failed" }
  }
  const session = sessionFor(cart, provider, reference)
  if (session?.status === "error") return { kind: "declined" }
  if (!session || session.status === "pending" || session.status === "requires_more" || session.status === "canceled") {
    return { kind: "unpaid" }
  }
  console.error(`[checkout] cart ${cartId} has a ${session.status} ${provider} session but no order`)
  return { kind: "failed" }
}

/** The cart's session with the provider and this reference, else its latest one with the provider. */
function sessionFor(cart: HttpTypes.StoreCart, provider: ProviderKey, reference: string | null): HttpTypes.StorePaymentSession | undefined {
  const sessions = (cart.payment_collection?.payment_sessions ?? []).filter((s) => s.provider_id === PROVIDER_KEYS[provider])
  const referenceOf = (s: HttpTypes.StorePaymentSession) => (provider === "paystack" ? paystackData(s)?.reference : flutterwaveData(s)?.tx_ref)
  return sessions.find((s) => reference && referenceOf(s) === reference) ?? sessions.at(-1)
}

/** Stock left of each format in the cart, asked for once per format. */
export async function stockOfLines(items: Pick<HttpTypes.StoreCartLineItem, "variant_id">[]): Promise<Map<string, VariantStock | null>> {
  const ids = [...new Set(items.flatMap((item) => (item.variant_id ? [item.variant_id] : [])))]
  const stock = await Promise.all(ids.map((id) => retrieveVariantStock(id)))
  return new Map(ids.map((id, i) => [id, stock[i]]))
}

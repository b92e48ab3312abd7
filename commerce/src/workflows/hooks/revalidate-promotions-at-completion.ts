import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { codeProblem, codeProblemMessage, findPromotionsByCode } from "../../lib/promotions/code-state"
import { releaseCompletionGuard } from "../../lib/checkout/completion-guard"

type HookInput = { input: { id: string } }
type Handler = (input: HookInput, context: { container: MedusaContainer }) => Promise<StepResponse<undefined, undefined>>
/** Declared by completeCartWorkflow (and run after its promotion usage is registered), though left out of its public type. */
type BeforePaymentAuthorization = { beforePaymentAuthorization: (invoke: Handler) => void }

/** The codes a cart's discounts came from: its promotions and every adjustment's code. */
export async function promotionCodesOfCart(container: MedusaContainer, cartId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "promotions.code", "items.adjustments.code", "shipping_methods.adjustments.code"],
    filters: { id: cartId },
  })
  const cart = data[0] as
    | { promotions?: ({ code?: string | null } | null)[]; items?: any[]; shipping_methods?: any[] }
    | undefined
  if (!cart) return []
  const codes = [
    ...(cart.promotions ?? []).map((p) => p?.code),
    ...[...(cart.items ?? []), ...(cart.shipping_methods ?? [])].flatMap((line) => (line?.adjustments ?? []).map((a: any) => a?.code)),
  ]
  return [...new Set(codes.filter((code): code is string => typeof code === "string" && code.length > 0))]
}

/**
 * A discount is checked again when its cart becomes an order. Medusa 2.21
 * checks a code only when it is applied: completion registers the usage of
 * the promotions still active and silently skips one that has expired since,
 * so an order would keep a discount that ended while the shopper was paying.
 * Here completion is refused instead (400, naming the code), before the
 * payment is authorised; every earlier step is compensated and a payment
 * already taken at Paystack is refunded by the validate hook's compensation.
 * The store's complete route then takes the code off the cart, so it stays
 * payable at its new total. A used-up code was refused before the order was
 * made (the validate hook's completion guard), and its usage is now written,
 * so the guard's locks are let go first.
 */
;(completeCartWorkflow.hooks as unknown as BeforePaymentAuthorization).beforePaymentAuthorization(async ({ input }, { container }) => {
  // Stock is reserved and usage registered by now: the next cart's turn may begin.
  await releaseCompletionGuard(container, input.id)
  const codes = await promotionCodesOfCart(container, input.id)
  if (codes.length) {
    const promotions = await findPromotionsByCode(container, codes)
    const now = new Date()
    for (const code of codes) {
      const problem = codeProblem(promotions.get(code), now, { checkUsage: false })
      // A promotion staff deleted reads as expired to the shopper who had it.
      if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${codeProblemMessage(code, problem === "invalid" ? "expired" : problem)}, so the order was not placed`)
    }
  }
  return new StepResponse(undefined)
})

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"

/** The provider refused or did not answer a refund: nothing was cancelled. */
export class OrderCancelFailed extends Error {}

type Amount = { amount?: BigNumberInput | null } | null

const sum = (rows: Amount[] | null | undefined) =>
  (rows ?? []).reduce((total, row) => MathBN.add(total, row?.amount ?? 0), MathBN.convert(0))

/**
 * Refunds what the order's payments captured and have not refunded, through
 * refundPaymentWorkflow (as a staff refund), before the order is cancelled.
 * Medusa's cancelOrderWorkflow refunds captured payments itself, but its
 * refund step logs a provider's failure and goes on: the order would be
 * cancelled and its stock returned with the money kept. Refunded here, a
 * failure stops the cancellation (OrderCancelFailed), and cancelOrderWorkflow
 * finds nothing left to refund (it refunds captured minus refunded).
 */
export async function refundCapturedBeforeCancel(scope: MedusaContainer, orderId: string, by: string | undefined, note: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  type Payment = { id: string; captures?: Amount[] | null; refunds?: Amount[] | null } | null
  const collections = ((data[0] as { payment_collections?: ({ payments?: Payment[] | null } | null)[] | null } | undefined)?.payment_collections ?? [])
  for (const payment of collections.flatMap((c) => c?.payments ?? [])) {
    if (!payment) continue
    const owed = MathBN.sub(sum(payment.captures), sum(payment.refunds))
    if (!MathBN.gt(owed, 0)) continue
    try {
      await refundPaymentWorkflow(scope).run({ input: { payment_id: payment.id, amount: owed, created_by: by, note } })
    } catch (error) {
      throw new OrderCancelFailed((error as Error).message)
    }
  }
}

/** The 502 a cancel route answers when the refund failed and nothing was cancelled. */
export const REFUND_REFUSED_MESSAGE =
  "The payment provider did not accept the refund, so the order was not cancelled. Please try again later."

import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { revokeEnrollmentsStep } from "./steps/revoke-enrollments"

export const revokeOrderEnrollmentsWorkflowId = "revoke-order-enrollments"

type Amount = Parameters<typeof MathBN.convert>[0]
type PaidOrder = {
  id: string
  status: string
  payment_collections?: ({ payments?: ({ captures?: ({ amount: Amount } | null)[] | null; refunds?: ({ amount: Amount } | null)[] | null } | null)[] | null } | null)[] | null
}

/** True when the order is cancelled, or everything captured for it has been refunded. */
export function accessEnded(order: PaidOrder | null | undefined): boolean {
  if (!order) return false
  if (order.status === "canceled") return true
  const payments = (order.payment_collections ?? []).flatMap((c) => c?.payments ?? [])
  const sum = (amounts: (Amount | undefined)[]) => MathBN.add(0, ...amounts.map((a) => MathBN.convert(a ?? 0)))
  const captured = sum(payments.flatMap((p) => (p?.captures ?? []).map((c) => c?.amount)))
  const refunded = sum(payments.flatMap((p) => (p?.refunds ?? []).map((r) => r?.amount)))
  return MathBN.gt(captured, 0) && MathBN.gte(refunded, captured)
}

/**
 * Revokes the course enrollments of an order that was cancelled or fully
 * refunded (named by the order, or by a refunded payment). A partial refund
 * leaves them be.
 */
export const revokeOrderEnrollmentsWorkflow = createWorkflow(
  revokeOrderEnrollmentsWorkflowId,
  (input: { order_id?: string; payment_id?: string }) => {
    const payment = when("revoke-named-by-payment", { input }, ({ input }) => !input.order_id && !!input.payment_id).then(() => {
      const { data } = useQueryGraphStep({
        entity: "payment",
        fields: ["id", "payment_collection.order.id"],
        filters: { id: input.payment_id },
        options: { isList: false, throwIfKeyNotFound: true },
      }).config({ name: "get-refunded-payment" })
      return data
    })
    const orderId = transform({ input, payment }, ({ input, payment }) =>
      input.order_id ?? (payment as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
    )
    const order = when("revoke-has-order", { orderId }, ({ orderId }) => !!orderId).then(() => {
      const { data } = useQueryGraphStep({
        entity: "order",
        fields: ["id", "status", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
        filters: { id: orderId },
        options: { isList: false, throwIfKeyNotFound: true },
      }).config({ name: "get-order-payments" })
      return data
    })
    const revokeInput = transform({ orderId }, ({ orderId }) => ({ order_id: orderId as string }))
    const revoked = when("revoke-access-ended", { order }, ({ order }) => accessEnded(order as unknown as PaidOrder)).then(() =>
      revokeEnrollmentsStep(revokeInput)
    )
    return new WorkflowResponse(transform({ revoked }, ({ revoked }) => revoked ?? []))
  }
)

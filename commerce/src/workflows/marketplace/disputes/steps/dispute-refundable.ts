import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lineSubunits } from "../../../../lib/marketplace/split-lines"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import { refundableOnLine } from "../../../../modules/marketplace/lib/disputes"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"

type OrderPayments = {
  items?: ({ id: string; total: unknown } | null)[] | null
  payment_collections?: ({ payments?: ({ id: string; amount: unknown; captured_at?: unknown; canceled_at?: unknown; refunds?: ({ amount: unknown; note: string | null } | null)[] | null } | null)[] | null } | null)[] | null
}

/**
 * What staff may still refund on a dispute, in kobo: what is left of its
 * line's total after the refunds naming that line (or, for a chargeback,
 * of the payment), and the payment a refund goes to.
 */
export const disputeRefundableStep = createStep("dispute-refundable", async (input: { dispute_id: string }, { container }) => {
  const dispute = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveDispute(input.dispute_id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "items.id",
      "items.total",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.refunds.amount",
      "payment_collections.payments.refunds.note",
    ],
    filters: { id: dispute.order_id },
  })
  const order = data[0] as OrderPayments | undefined
  const payment = (order?.payment_collections ?? []).flatMap((c) => c?.payments ?? []).find((p) => p && p.captured_at && !p.canceled_at)
  if (!payment) return new StepResponse({ refundable: 0, payment_id: null as string | null, line_item_id: dispute.line_item_id })
  const line = (order?.items ?? []).find((i) => i?.id === dispute.line_item_id)
  if (dispute.line_item_id && !line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `The disputed line ${dispute.line_item_id} is no longer on the order`)
  const refundable = refundableOnLine({
    line_item_id: dispute.line_item_id,
    line_total: line ? lineSubunits(line.total) : 0,
    paid: lineSubunits(payment.amount),
    refunds: (payment.refunds ?? []).filter((r) => !!r).map((r) => ({ amount: lineSubunits(r!.amount), note: r!.note })),
  })
  return new StepResponse({ refundable, payment_id: payment.id, line_item_id: dispute.line_item_id })
})

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lineSubunits, splitLines } from "../../../lib/marketplace/split-lines"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { saleEntries } from "../../../modules/marketplace/lib/ledger"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { PaystackSessionData } from "../../../modules/paystack/service"

type Amount = unknown
type LedgerOrder = {
  id: string
  currency_code: string
  items?: { id: string; product_id: string | null; total: Amount }[] | null
  payment_collections?: {
    payments?: { amount: Amount; provider_id: string; data: Partial<PaystackSessionData> | null; refunds?: { id: string; amount: Amount; note: string | null }[] | null }[] | null
  }[] | null
}

export const LEDGER_ORDER_FIELDS = [
  "id",
  "currency_code",
  // Asking for the order's total makes the order module compute the lines' totals too.
  "total",
  "items.id",
  "items.product_id",
  "items.total",
  "payment_collections.payments.amount",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.data",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.note",
]

/**
 * Brings an order's ledger up to date: the sale, commission and fee of each
 * vendor line once the order is placed with a split Paystack payment, and a
 * clawback for each refund not yet answered. Idempotent: every entry has its
 * key, so a retried subscriber or a repeated webhook writes nothing new.
 * Nothing to undo: entries are facts about money that moved.
 */
export const syncOrderLedgerStep = createStep("sync-order-ledger", async (order: LedgerOrder | null, { container }) => {
  if (!order) return new StepResponse({ written: 0 })
  const payment = (order.payment_collections ?? []).flatMap((c) => c.payments ?? []).find((p) => p.data?.split?.subaccounts?.length)
  if (!payment?.data?.split) return new StepResponse({ written: 0 })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const lines = await splitLines(query, order.items ?? [], { anyStatus: true })
  const currency_code = order.currency_code
  let written = await marketplace.recordLedgerEntries(
    saleEntries({ order_id: order.id, currency_code, lines, split: payment.data.split.subaccounts, settled: payment.data.split_settled })
  )
  const refunds = (payment.refunds ?? []).map((r) => ({ id: r.id, amount: lineSubunits(r.amount), note: r.note }))
  if (refunds.length) {
    written += await marketplace.recordRefundClawbacks({ order_id: order.id, currency_code, charged: lineSubunits(payment.amount), lines, refunds })
  }
  return new StepResponse({ written })
})

import { MathBN } from "@medusajs/framework/utils"
import { formatMoney } from "../../emails/brand"
import type { NewFinding } from "../../modules/reconciliation/service"
import { fromSubunits, toSubunits } from "../../modules/paystack/amounts"
import { wasPaid, type CheckedTransaction, type ShopPayment } from "./types"

export type Comparison = {
  transactions: CheckedTransaction[]
  payments: ShopPayment[]
  /** Subunits Paystack refunded, by transaction id, for the paid transactions either side refunded. */
  refunded: Record<string, number>
  now: string
  grace_minutes: number
}

const paystackMoney = (subunits: number, currency: string) => formatMoney(fromSubunits(subunits, currency), currency)
const shopMoney = (amount: string, currency: string) => formatMoney(MathBN.convert(amount).toNumber(), currency)
const orderName = (p: ShopPayment) => (p.order_display_id != null ? `order #${p.order_display_id}` : `order ${p.order_id}`)

function finding(kind: NewFinding["kind"], message: string, t: CheckedTransaction | undefined, p: ShopPayment | undefined, amounts: { paystack?: number; shop?: string } = {}): NewFinding {
  const currency = t?.currency ?? p?.currency_code.toUpperCase() ?? null
  return {
    kind,
    message,
    reference: t?.reference ?? p?.reference ?? null,
    paystack_transaction_id: t ? String(t.id) : null,
    order_id: p?.order_id ?? null,
    order_display_id: p?.order_display_id ?? null,
    paystack_amount: amounts.paystack != null && t ? fromSubunits(amounts.paystack, t.currency) : null,
    paystack_currency: t?.currency ?? null,
    shop_amount: amounts.shop != null ? MathBN.convert(amounts.shop).toNumber() : null,
    shop_currency: p?.currency_code.toUpperCase() ?? (amounts.shop != null ? currency : null),
  }
}

/**
 * The four ways Paystack and the shop can disagree: money taken with no order
 * (once it is older than the grace, as the order may still be on its way),
 * an order whose transaction never succeeded, a payment whose amount or
 * currency differs from what Paystack took, and refunds that add up to
 * different amounts.
 */
export function findMismatches({ transactions, payments, refunded, now, grace_minutes }: Comparison): NewFinding[] {
  const findings: NewFinding[] = []
  const ordered = (p: ShopPayment | undefined) => !!p?.order_id
  const paymentOf = new Map<string, ShopPayment>()
  for (const p of payments) if (!ordered(paymentOf.get(p.reference))) paymentOf.set(p.reference, p)
  const transactionOf = new Map(transactions.map((t) => [t.reference, t]))
  const settled = new Date(now).getTime() - grace_minutes * 60_000

  for (const t of transactions.filter((t) => t.status === "success")) {
    const p = paymentOf.get(t.reference)
    const paidAt = t.paid_at ? new Date(t.paid_at).getTime() : 0
    if (ordered(p) || paidAt > settled) continue
    const when = t.paid_at ? `, paid ${t.paid_at.replace("T", " ").slice(0, 16)} UTC` : ""
    findings.push(finding("paid_without_order", `Paystack took ${paystackMoney(t.amount, t.currency)} (${t.reference}${when}) and no order was made from it.`, t, p, { paystack: t.amount }))
  }

  for (const p of payments.filter(ordered)) {
    const t = transactionOf.get(p.reference)
    if (!t || !wasPaid(t)) {
      const state = t ? `reports as ${t.status}` : "does not know"
      const name = orderName(p)
      findings.push(finding("order_without_payment", `${name[0].toUpperCase()}${name.slice(1)} was paid with Paystack transaction ${p.reference}, which Paystack ${state}.`, t, p, { shop: p.amount }))
      continue
    }
    const currency = p.currency_code.toUpperCase()
    const sameMoney = currency === t.currency && MathBN.eq(toSubunits(p.amount, currency), t.amount)
    if (!sameMoney) {
      findings.push(
        finding("amount_mismatch", `Paystack took ${paystackMoney(t.amount, t.currency)} on ${t.reference}, but ${orderName(p)} records ${shopMoney(p.amount, currency)}.`, t, p, {
          paystack: t.amount,
          shop: p.amount,
        })
      )
    }
    const atPaystack = refunded[t.id]
    if (atPaystack === undefined || atPaystack === toSubunits(p.refunded, currency)) continue
    findings.push(
      finding(
        "refund_mismatch",
        `Paystack has refunded ${paystackMoney(atPaystack, t.currency)} of ${t.reference}, the shop ${shopMoney(p.refunded, currency)} of ${orderName(p)}.`,
        t,
        p,
        { paystack: atPaystack, shop: p.refunded }
      )
    )
  }
  return findings
}

import { MathBN } from "@medusajs/framework/utils"
import { formatMoney } from "../../modules/resend-notification/emails/brand"
import type { NewFinding } from "../../modules/reconciliation/service"
import { fromMinor, toMinor } from "./minor-units"
import { GATEWAY_LABELS, transactionKey, wasPaid, type CheckedTransaction, type ShopPayment } from "./types"

export type Comparison = {
  transactions: CheckedTransaction[]
  payments: ShopPayment[]
  /** Minor units the gateway refunded, by transactionKey, for the paid transactions either side refunded. */
  refunded: Record<string, number>
  now: string
  grace_minutes: number
}

const gatewayMoney = (minor: number, currency: string) => formatMoney(fromMinor(minor, currency), currency)
const gatewayName = (t: { provider: CheckedTransaction["provider"] }) => GATEWAY_LABELS[t.provider]
const shopMoney = (amount: string, currency: string) => formatMoney(MathBN.convert(amount).toNumber(), currency)
const orderName = (p: ShopPayment) => (p.order_display_id != null ? `order #${p.order_display_id}` : `order ${p.order_id}`)

function finding(kind: NewFinding["kind"], message: string, t: CheckedTransaction | undefined, p: ShopPayment | undefined, amounts: { gateway?: number; shop?: string } = {}): NewFinding {
  const currency = t?.currency ?? p?.currency_code.toUpperCase() ?? null
  return {
    kind,
    message,
    provider: t?.provider ?? p!.provider,
    reference: t?.reference ?? p?.reference ?? null,
    gateway_transaction_id: t ? String(t.id) : null,
    order_id: p?.order_id ?? null,
    order_display_id: p?.order_display_id ?? null,
    gateway_amount: amounts.gateway != null && t ? fromMinor(amounts.gateway, t.currency) : null,
    gateway_currency: t?.currency ?? null,
    shop_amount: amounts.shop != null ? MathBN.convert(amounts.shop).toNumber() : null,
    shop_currency: p?.currency_code.toUpperCase() ?? (amounts.shop != null ? currency : null),
  }
}

/**
 * The four ways a gateway and the shop can disagree: money taken with no
 * order (once it is older than the grace, as the order may still be on its
 * way), an order whose transaction never succeeded, a payment whose amount
 * or currency differs from what the gateway took, and refunds that add up
 * to different amounts. Each gateway's references are its own.
 */
export function findMismatches({ transactions, payments, refunded, now, grace_minutes }: Comparison): NewFinding[] {
  const findings: NewFinding[] = []
  const ordered = (p: ShopPayment | undefined) => !!p?.order_id
  const paymentOf = new Map<string, ShopPayment>()
  const key = (x: { provider: string; reference: string }) => `${x.provider}:${x.reference}`
  for (const p of payments) if (!ordered(paymentOf.get(key(p)))) paymentOf.set(key(p), p)
  const transactionOf = new Map(transactions.map((t) => [key(t), t]))
  const settled = new Date(now).getTime() - grace_minutes * 60_000

  for (const t of transactions.filter((t) => t.status === "success")) {
    const p = paymentOf.get(key(t))
    const paidAt = t.paid_at ? new Date(t.paid_at).getTime() : 0
    if (ordered(p) || paidAt > settled) continue
    const when = t.paid_at ? `, paid ${t.paid_at.replace("T", " ").slice(0, 16)} UTC` : ""
    findings.push(finding("paid_without_order", `${gatewayName(t)} took ${gatewayMoney(t.amount, t.currency)} (${t.reference}${when}) and no order was made from it.`, t, p, { gateway: t.amount }))
  }

  for (const p of payments.filter(ordered)) {
    const t = transactionOf.get(key(p))
    if (!t || !wasPaid(t)) {
      const state = t ? `reports as ${t.status}` : "does not know"
      const name = orderName(p)
      findings.push(finding("order_without_payment", `${name[0].toUpperCase()}${name.slice(1)} was paid with ${gatewayName(p)} transaction ${p.reference}, which ${gatewayName(p)} ${state}.`, t, p, { shop: p.amount }))
      continue
    }
    const currency = p.currency_code.toUpperCase()
    const sameMoney = currency === t.currency && MathBN.eq(toMinor(p.amount, currency), t.amount)
    if (!sameMoney) {
      findings.push(
        finding("amount_mismatch", `${gatewayName(t)} took ${gatewayMoney(t.amount, t.currency)} on ${t.reference}, but ${orderName(p)} records ${shopMoney(p.amount, currency)}.`, t, p, {
          gateway: t.amount,
          shop: p.amount,
        })
      )
    }
    const atGateway = refunded[transactionKey(t)]
    if (atGateway === undefined || atGateway === toMinor(p.refunded, currency)) continue
    findings.push(
      finding(
        "refund_mismatch",
        `${gatewayName(t)} has refunded ${gatewayMoney(atGateway, t.currency)} of ${t.reference}, the shop ${shopMoney(p.refunded, currency)} of ${orderName(p)}.`,
        t,
        p,
        { gateway: atGateway, shop: p.refunded }
      )
    )
  }
  return findings
}

import { MathBN } from "@medusajs/framework/utils"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { gatewayOf, type GatewayId, type ShopPayment } from "./types"

export type Query = Omit<RemoteQueryFunction, symbol>
type Amount = Parameters<typeof MathBN.convert>[0]
type Order = { id: string; display_id?: number | null } | null | undefined

export type PaymentRow = {
  id: string
  amount: Amount
  currency_code: string
  provider_id: string
  data?: { reference?: string; tx_ref?: string; session_id?: string } | null
  refunds?: ({ amount: Amount } | null)[] | null
  payment_collection?: { order?: Order } | null
}
export type SessionRow = {
  id: string
  provider_id: string
  amount: Amount
  currency_code: string
  data?: { reference?: string; tx_ref?: string } | null
  payment?: { id: string } | null
  payment_collection?: { order?: Order } | null
}

export const PAYMENT_FIELDS = ["id", "amount", "currency_code", "provider_id", "data", "refunds.amount", "payment_collection.order.id", "payment_collection.order.display_id"]
export const SESSION_FIELDS = ["id", "provider_id", "amount", "currency_code", "data", "payment.id", "payment_collection.order.id", "payment_collection.order.display_id"]

export const PAGE = 200
export const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / PAGE) }, (_, i) => items.slice(i * PAGE, (i + 1) * PAGE))

/** Ids picked from the `entity` rows matching `filters`, read a page at a time (never a period's orders at once). */
export async function pagedIds(query: Query, entity: string, fields: string[], filters: Record<string, unknown>, pick: (row: any) => string[]) {
  const ids: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({ entity, fields, filters, pagination: { skip, take: PAGE, order: { id: "ASC" } } })
    ids.push(...data.flatMap(pick))
    if (data.length < PAGE) return ids
  }
}

const sum = (amounts: Amount[]) => amounts.reduce((total: ReturnType<typeof MathBN.convert>, a) => MathBN.add(total, MathBN.convert(a)), MathBN.convert(0)).toString()

/** The gateway and the shop's reference of a payment or session: Paystack's reference, Flutterwave's tx_ref. */
function gatewayReference(row: { provider_id: string; data?: { reference?: string; tx_ref?: string } | null }): { provider: GatewayId; reference: string } | null {
  const provider = gatewayOf(row.provider_id)
  const reference = provider === "paystack" ? row.data?.reference : provider === "flutterwave" ? row.data?.tx_ref : undefined
  return provider && reference ? { provider, reference } : null
}

/** A Medusa payment of one of the gateways, with what it refunded and its order; null for another provider's. */
export function fromPayment(p: PaymentRow): ShopPayment | null {
  const at = gatewayReference(p)
  if (!at) return null
  const order = p.payment_collection?.order
  return {
    ...at,
    session_id: p.data?.session_id ?? null,
    payment_id: p.id,
    order_id: order?.id ?? null,
    order_display_id: order?.display_id ?? null,
    amount: MathBN.convert(p.amount).toString(),
    currency_code: p.currency_code,
    refunded: sum((p.refunds ?? []).map((r) => r?.amount ?? 0)),
  }
}

/** A gateway's payment session not (yet) turned into a payment: it still names its reference and, rarely, an order. */
export function fromSession(s: SessionRow): ShopPayment | null {
  const at = s.payment ? null : gatewayReference(s)
  if (!at) return null
  const order = s.payment_collection?.order
  return {
    ...at,
    session_id: s.id,
    payment_id: null,
    order_id: order?.id ?? null,
    order_display_id: order?.display_id ?? null,
    amount: MathBN.convert(s.amount).toString(),
    currency_code: s.currency_code,
    refunded: "0",
  }
}

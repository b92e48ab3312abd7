import type { LedgerEntryType } from "../models/ledger-entry"
import { allocate, type SplitLine } from "./split"

/** A ledger entry about to be written (amount in subunits, signed). */
export type LedgerDraft = {
  vendor_id: string
  order_id: string
  line_item_id: string
  type: LedgerEntryType
  amount: number
  currency_code: string
  reference: string | null
  idempotency_key: string
}

export const ledgerKey = (lineId: string, type: LedgerEntryType, reference?: string) => (reference ? `${lineId}:${type}:${reference}` : `${lineId}:${type}`)

type VendorLines = Map<string, { subaccount: string; lines: SplitLine[] }>
const byVendor = (lines: SplitLine[]): VendorLines => {
  const map: VendorLines = new Map()
  for (const l of lines) {
    if (!l.vendor_id || !l.subaccount) continue
    const entry = map.get(l.vendor_id) ?? { subaccount: l.subaccount, lines: [] }
    entry.lines.push(l)
    map.set(l.vendor_id, entry)
  }
  return map
}

/**
 * The entries of a paid order: for each line of a vendor whose subaccount
 * had a share in the transaction's split, its sale (+), the commission (−)
 * and the Paystack fee it bore (−, when vendors bear fees). The commission
 * is what Paystack was told to keep — the vendor's lines less its share —
 * so the ledger matches the money moved even if a rate changed meanwhile;
 * per line by the largest remainder. A vendor not in the split (approved
 * after the payment started) gets nothing: the platform was paid its lines.
 * Per vendor, sale + commission + fee == what its subaccount settled.
 */
export function saleEntries(input: {
  order_id: string
  currency_code: string
  lines: SplitLine[]
  split: { subaccount: string; share: number }[]
  settled?: { subaccount_code: string; amount: number }[]
}): LedgerDraft[] {
  const drafts: LedgerDraft[] = []
  const base = { order_id: input.order_id, currency_code: input.currency_code, reference: null }
  for (const [vendor_id, v] of byVendor(input.lines)) {
    const recorded = input.split.find((s) => s.subaccount === v.subaccount)
    if (!recorded) continue
    const amounts = v.lines.map((l) => l.amount)
    const gross = amounts.reduce((a, b) => a + b, 0)
    const commission = gross - recorded.share
    if (commission < 0) throw new Error(`Vendor ${vendor_id}'s share (${recorded.share}) is more than its lines (${gross}) in order ${input.order_id}`)
    const settled = input.settled?.find((s) => s.subaccount_code === v.subaccount)
    const fee = settled ? Math.max(0, recorded.share - settled.amount) : 0
    const commissions = allocate(commission, amounts)
    const fees = allocate(fee, amounts)
    v.lines.forEach((l, i) => {
      const entry = (type: LedgerEntryType, amount: number) => {
        if (amount !== 0 || type === "sale") drafts.push({ ...base, vendor_id, line_item_id: l.line_id, type, amount, idempotency_key: ledgerKey(l.line_id, type) })
      }
      entry("sale", l.amount)
      entry("commission", -commissions[i])
      entry("fee", -fees[i])
    })
  }
  return drafts
}

/** a × b / c rounded half up, exactly. */
const mulDiv = (a: number, b: number, c: number) => (c === 0 ? 0 : Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c))))

/**
 * The clawbacks of one refund (amount in subunits). The refund is laid on
 * the lines its note names (their ids, e.g. "ordli_…"), up to each line's
 * amount; with none named, on every line and the rest of the charge
 * (shipping) in proportion. Each vendor line gives back the same part of
 * what it netted (sale + commission + fee) as the part of it refunded —
 * never more, over all refunds, than it netted. Keyed by line and refund:
 * the same refund again writes nothing.
 */
export function clawbackEntries(input: {
  order_id: string
  currency_code: string
  refund: { id: string; amount: number; note?: string | null }
  charged: number
  lines: SplitLine[]
  /** Everything already on the ledger for this order. */
  existing: { line_item_id: string | null; type: LedgerEntryType; amount: number; vendor_id: string }[]
}): LedgerDraft[] {
  const { lines, refund } = input
  const named = new Set((refund.note ?? "").match(/ordli_[A-Za-z0-9]+/g) ?? [])
  const targets = lines.filter((l) => named.has(l.line_id))
  const attributed = new Map<string, number>()
  if (targets.length) {
    const parts = allocate(Math.min(refund.amount, targets.reduce((s, l) => s + l.amount, 0)), targets.map((l) => l.amount))
    targets.forEach((l, i) => attributed.set(l.line_id, Math.min(parts[i], l.amount)))
  } else {
    const rest = Math.max(0, input.charged - lines.reduce((s, l) => s + l.amount, 0))
    const parts = allocate(Math.min(refund.amount, input.charged), [...lines.map((l) => l.amount), rest])
    lines.forEach((l, i) => attributed.set(l.line_id, parts[i]))
  }
  const drafts: LedgerDraft[] = []
  for (const l of lines) {
    const part = attributed.get(l.line_id) ?? 0
    const mine = input.existing.filter((e) => e.line_item_id === l.line_id)
    const sale = mine.find((e) => e.type === "sale")
    if (!part || !sale) continue
    const net = mine.filter((e) => e.type !== "refund_clawback").reduce((s, e) => s + e.amount, 0)
    const clawed = -mine.filter((e) => e.type === "refund_clawback").reduce((s, e) => s + e.amount, 0)
    const claw = Math.min(mulDiv(net, part, l.amount), Math.max(0, net - clawed))
    if (claw <= 0) continue
    drafts.push({
      vendor_id: sale.vendor_id,
      order_id: input.order_id,
      line_item_id: l.line_id,
      type: "refund_clawback",
      amount: -claw,
      currency_code: input.currency_code,
      reference: refund.id,
      idempotency_key: ledgerKey(l.line_id, "refund_clawback", refund.id),
    })
  }
  return drafts
}

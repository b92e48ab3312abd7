/**
 * The money of a marketplace cart, in integer subunits (kobo): what each
 * approved vendor's lines come to, the platform's commission on them, and
 * the vendor's share that Paystack pays into its subaccount. Everything is
 * exact integer arithmetic; the platform keeps whatever is not a vendor's
 * share (its own titles, shipping, the commissions), so
 * sum(shares) + platform == charged always.
 */

export type FeeBearer = "platform" | "vendors"

/** One cart line as the split sees it; `vendor_id` null: the author's own (or an unapproved vendor's, kept by the platform). */
export type SplitLine = {
  line_id: string
  vendor_id: string | null
  /** The vendor's Paystack subaccount code (ACCT_…). */
  subaccount: string | null
  /** The line's total as charged (after discounts, with tax), in subunits. */
  amount: number
  /** The platform's commission on this line, in percent (two decimals at most): the product's override, else its vendor's rate, else the setting. */
  commission_percent: number
}

export type VendorShare = {
  vendor_id: string
  subaccount: string
  /** What the vendor's lines were charged. */
  gross: number
  commission: number
  /** gross − commission: what Paystack pays the subaccount (before fees, when vendors bear them). */
  share: number
  lines: { line_id: string; amount: number; commission: number }[]
}

/** Paystack's dynamic split, as `split` on POST /transaction/initialize. */
export type PaystackSplit = {
  type: "flat"
  bearer_type: "account" | "all-proportional"
  subaccounts: { subaccount: string; share: number }[]
}

export type MarketplaceSplit = {
  charged: number
  vendors: VendorShare[]
  /** charged − sum(shares): the author's own lines, shipping and every commission. */
  platform: number
  paystack: PaystackSplit
}

const isSubunits = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0

/** A percentage with at most two decimals → basis points of a percent (15.5 → 1550). */
export function percentToBasisPoints(percent: number): number {
  const bp = Math.round(percent * 100)
  if (!Number.isFinite(percent) || bp < 0 || bp > 10_000 || Math.abs(bp - percent * 100) > 1e-6) {
    throw new Error(`A commission must be from 0 to 100 percent with two decimals at most (got ${percent})`)
  }
  return bp
}

/** amount × bp / 10000, rounded half up, exactly (BigInt: amount × 10000 may pass 2^53). */
export function commissionOf(amount: number, bp: number): number {
  return Number((BigInt(amount) * BigInt(bp) + 5_000n) / 10_000n)
}

/**
 * Splits `total` into integer parts proportional to `weights` by the largest
 * remainder: each part is floor(total × w / Σw), and the units left over go
 * one each to the largest remainders (ties to the earlier weight). The parts
 * always sum to `total`; all-zero weights share it equally.
 */
export function allocate(total: number, weights: (number | bigint)[]): number[] {
  if (!Number.isSafeInteger(total)) throw new Error(`allocate: ${total} is not an integer`)
  if (weights.length === 0) {
    if (total !== 0) throw new Error("allocate: nothing to allocate to")
    return []
  }
  const w = weights.map((x) => {
    if (typeof x === "bigint" ? x < 0n : !isSubunits(x)) throw new Error(`allocate: weight ${x} is not a non-negative integer`)
    return BigInt(x)
  })
  let sum = w.reduce((a, b) => a + b, 0n)
  const ws = sum === 0n ? w.map(() => 1n) : w
  if (sum === 0n) sum = BigInt(w.length)
  const sign = total < 0 ? -1n : 1n
  const t = BigInt(Math.abs(total))
  const parts = ws.map((x) => (t * x) / sum)
  const remainders = ws.map((x, i) => ({ i, r: (t * x) % sum }))
  let left = t - parts.reduce((a, b) => a + b, 0n)
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1))
  for (const { i } of remainders) {
    if (left === 0n) break
    parts[i] += 1n
    left -= 1n
  }
  return parts.map((p) => Number(p * sign))
}

/**
 * The split of a cart charged `charged` subunits, or null when no line is an
 * approved vendor's (the author's own cart: no split is sent). Each line
 * carries its own rate (a product's override, else its vendor's, else the
 * setting); a vendor's commission is the exact sum of its lines' amount ×
 * rate, rounded half up once per vendor (not per line), then spread over its
 * lines by the largest remainder in proportion to amount × rate.
 */
export function computeSplit(input: { charged: number; lines: SplitLine[]; fees: FeeBearer }): MarketplaceSplit | null {
  const { charged, lines, fees } = input
  if (!isSubunits(charged)) throw new Error(`The amount charged must be a whole number of subunits (got ${charged})`)
  const byVendor = new Map<string, { subaccount: string; lines: { line: SplitLine; bp: number }[] }>()
  for (const line of lines) {
    if (!isSubunits(line.amount)) throw new Error(`Line ${line.line_id}'s amount must be a whole number of subunits (got ${line.amount})`)
    if (!line.vendor_id || !line.subaccount) continue
    const bp = percentToBasisPoints(line.commission_percent)
    const entry = byVendor.get(line.vendor_id) ?? { subaccount: line.subaccount, lines: [] }
    if (entry.subaccount !== line.subaccount) throw new Error(`Vendor ${line.vendor_id}'s lines disagree on its subaccount`)
    entry.lines.push({ line, bp })
    byVendor.set(line.vendor_id, entry)
  }
  if (byVendor.size === 0) return null
  const vendors: VendorShare[] = []
  for (const [vendor_id, v] of byVendor) {
    const gross = v.lines.reduce((s, l) => s + l.line.amount, 0)
    const weights = v.lines.map((l) => BigInt(l.line.amount) * BigInt(l.bp))
    const commission = Number((weights.reduce((a, b) => a + b, 0n) + 5_000n) / 10_000n)
    const perLine = allocate(commission, weights)
    vendors.push({
      vendor_id,
      subaccount: v.subaccount,
      gross,
      commission,
      share: gross - commission,
      lines: v.lines.map((l, i) => ({ line_id: l.line.line_id, amount: l.line.amount, commission: perLine[i] })),
    })
  }
  const shares = vendors.reduce((s, v) => s + v.share, 0)
  const grossTotal = vendors.reduce((s, v) => s + v.gross, 0)
  if (grossTotal > charged) throw new Error(`The vendors' lines (${grossTotal}) come to more than the amount charged (${charged})`)
  // Vendors' lines that came to nothing (free, or fully discounted): nobody to pay, so no split.
  if (shares === 0) return null
  return {
    charged,
    vendors,
    platform: charged - shares,
    paystack: {
      type: "flat",
      bearer_type: fees === "vendors" ? "all-proportional" : "account",
      subaccounts: vendors.filter((v) => v.share > 0).map((v) => ({ subaccount: v.subaccount, share: v.share })),
    },
  }
}

/**
 * What Paystack's fee took from each vendor's lines: the share it was
 * promised less what its subaccount settled (Paystack's verify shows the
 * latter in `split.shares.subaccounts`), spread over the vendor's lines by
 * their amounts. Zero for every line when the platform bears the fee.
 */
export function vendorFees(split: MarketplaceSplit, settled: { subaccount_code: string; amount: number }[]): Map<string, number> {
  const fees = new Map<string, number>()
  for (const v of split.vendors) {
    const got = settled.find((s) => s.subaccount_code === v.subaccount)
    const fee = got ? Math.max(0, v.share - got.amount) : 0
    const perLine = allocate(fee, v.lines.map((l) => l.amount))
    v.lines.forEach((l, i) => fees.set(l.line_id, perLine[i]))
  }
  return fees
}

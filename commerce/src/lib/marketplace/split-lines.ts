import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { SplitLine } from "../../modules/marketplace/lib/split"
import { env } from "../env"

/** A cart or order line as the split needs it: `total` in major units (Medusa's), after discounts, with tax. */
export type PricedLine = { id: string; product_id?: string | null; total: unknown }

/** Medusa's amount (major units) → integer subunits, rounded half up (a line's total may carry a fraction of a kobo of tax). */
export const lineSubunits = (amount: unknown): number =>
  MathBN.convert((amount ?? 0) as never).times(100).decimalPlaces(0, 4 /* ROUND_HALF_UP */).toNumber()

/** A stored rate back to the two decimals it was set with (the column is a float4: 12.34 reads 12.340000152…). */
const percent = (rate: unknown) => Math.round(Number(rate) * 100) / 100

/**
 * The lines of a cart or order with the vendor each belongs to: only an
 * approved vendor with a Paystack subaccount takes a share; every other
 * line (the author's own, or a suspended vendor's) is the platform's. Each
 * line's commission is its product's override, else its vendor's rate, else
 * MARKETPLACE_COMMISSION_PERCENT.
 */
export async function splitLines(
  query: Omit<RemoteQueryFunction, symbol>,
  items: PricedLine[],
  /** The ledger: every vendor whatever its status now (what was paid is matched by subaccount to the recorded split). */
  { anyStatus = false } = {}
): Promise<SplitLine[]> {
  const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => !!id))]
  const vendors = new Map<string, { id: string; subaccount: string; percent: number }>()
  if (productIds.length) {
    const { data: overrides } = await query.graph({ entity: "product_commission", fields: ["product_id", "rate"], filters: { product_id: productIds } })
    const override = new Map((overrides as { product_id: string; rate: number }[]).map((o) => [o.product_id, percent(o.rate)]))
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "vendor.id", "vendor.status", "vendor.commission_rate", "vendor.paystack_subaccount_code"],
      filters: { id: productIds },
    })
    for (const p of data as { id: string; vendor?: { id: string; status: string; commission_rate: number | null; paystack_subaccount_code: string | null } | null }[]) {
      const v = p.vendor
      if (v && (anyStatus || v.status === "approved") && v.paystack_subaccount_code) {
        vendors.set(p.id, { id: v.id, subaccount: v.paystack_subaccount_code, percent: override.get(p.id) ?? (v.commission_rate == null ? env.MARKETPLACE_COMMISSION_PERCENT : percent(v.commission_rate)) })
      }
    }
  }
  return items.map((item) => {
    const vendor = item.product_id ? vendors.get(item.product_id) : undefined
    return {
      line_id: item.id,
      vendor_id: vendor?.id ?? null,
      subaccount: vendor?.subaccount ?? null,
      amount: lineSubunits(item.total),
      commission_percent: vendor?.percent ?? 0,
    }
  })
}

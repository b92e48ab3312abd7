import { adminApi } from "./admin-api"
import { friendlyError } from "./friendly-error"

export type VariantStock = {
  variant_id: string
  product_id: string | null
  product_title: string
  variant_title: string
  sku: string | null
  available: number
  threshold: number
  alerted_at: string | null
}

export type StockReport = { default_threshold: number; low_stock: VariantStock[]; out_of_stock: VariantStock[] }

/** Low and out-of-stock print variants, from commerce's /admin/stock; a failure throws a sentence for staff. */
export const fetchStockReport = () =>
  adminApi<StockReport>("/admin/stock").catch((error: unknown) => {
    throw new Error(friendlyError(error))
  })

import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { authHeaders } from "./cookies"

export type ShippingChoice = { id: string; name: string; amount: number }

/**
 * The ways a cart can be delivered to its address, each priced by Medusa
 * for this cart in its currency. Options whose stock location cannot supply
 * the cart are left out.
 */
export async function listShippingOptions(cartId: string): Promise<ShippingChoice[]> {
  const { shipping_options } = await storeFetch<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
    query: { cart_id: cartId },
    headers: await authHeaders(),
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  })
  return shipping_options
    .filter((option) => !option.insufficient_inventory)
    .map((option) => ({
      id: option.id,
      name: option.name,
      amount: Number(option.calculated_price?.calculated_amount ?? option.amount ?? 0),
    }))
    .sort((a, b) => a.amount - b.amount)
}

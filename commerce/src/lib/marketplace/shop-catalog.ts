import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type ShopCatalog = { sales_channel_id: string; stock_location_id: string | null; shipping_profile_id: string | null; currencies: string[] }

/**
 * Where the shop's own products live, for a vendor's to join them: the
 * store's default sales channel and its stock location, the default shipping
 * profile, and the currencies of the shop's regions (a vendor prices in each).
 */
export async function shopCatalog(container: MedusaContainer): Promise<ShopCatalog> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const salesChannelId = stores[0]?.default_sales_channel_id
  if (!salesChannelId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The shop has no default sales channel")
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
  const locations = (channels[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations ?? []
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 })
  const regions = await container.resolve(Modules.REGION).listRegions({}, { select: ["currency_code"] })
  return {
    sales_channel_id: salesChannelId,
    stock_location_id: locations[0]?.id ?? null,
    shipping_profile_id: profile?.id ?? null,
    currencies: [...new Set(regions.map((r) => r.currency_code.toLowerCase()))].sort(),
  }
}

/** Refuses prices that miss one of the shop's currencies or name another, naming the field. */
export function checkPriceCurrencies(field: string, prices: Record<string, number>, currencies: string[]) {
  const missing = currencies.filter((c) => prices[c] === undefined)
  const unknown = Object.keys(prices).filter((c) => !currencies.includes(c))
  if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} needs a price in ${missing.join(", ")} (the shop sells in ${currencies.join(", ")})`)
  if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} names ${unknown.join(", ")}, which the shop does not sell in (it sells in ${currencies.join(", ")})`)
}

/** Refuses a currency none of the shop's regions sells in (a 400 naming the ones it does). */
export async function checkShopCurrency(container: MedusaContainer, currency: string) {
  const regions = await container.resolve(Modules.REGION).listRegions({}, { select: ["currency_code"] })
  const currencies = [...new Set(regions.map((r) => r.currency_code.toLowerCase()))].sort()
  if (!currencies.includes(currency)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `currency ${currency} is not one the shop sells in (${currencies.join(", ")})`)
}

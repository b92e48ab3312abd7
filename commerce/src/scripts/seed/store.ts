import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { ensureDigitalDelivery } from "./digital-delivery"

type Container = ExecArgs["container"]

/** The provider registered in medusa-config as `paystack`. */
export const PAYSTACK_PROVIDER_ID = "pp_paystack_paystack"
/** The provider registered in medusa-config as `flutterwave`, when it is configured. */
export const FLUTTERWAVE_PROVIDER_ID = "pp_flutterwave_flutterwave"

export const NIGERIA = { name: "Nigeria", currency_code: "ngn", countries: ["ng"] }
export const INTERNATIONAL = {
  name: "International",
  currency_code: "usd",
  countries: ["us", "gb", "ca", "gh", "ke", "za", "ie", "de", "fr", "nl", "au"],
}

export type StoreSetup = {
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
}

async function ensureSalesChannel(container: Container): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores()
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  let [channel] = await salesChannels.listSalesChannels({ name: "Default Sales Channel" })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: "Default Sales Channel" }] },
    })
    channel = result[0]
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Adaeze Okafor Books",
        supported_currencies: [
          { currency_code: "ngn", is_default: true },
          { currency_code: "usd" },
        ],
        default_sales_channel_id: channel.id,
      },
    },
  })
  return channel.id
}

async function ensureRegions(container: Container) {
  const regions = container.resolve(Modules.REGION)
  const existing = await regions.listRegions({ name: { $in: [NIGERIA.name, INTERNATIONAL.name] } })
  const missing = [NIGERIA, INTERNATIONAL].filter((r) => !existing.some((e) => e.name === r.name))
  await offerFlutterwave(container, existing.map((r) => r.id))
  if (!missing.length) return
  await createRegionsWorkflow(container).run({
    // Paystack only: Medusa's system provider authorizes without payment, so
    // offering it would let any shopper complete an order for free.
    input: { regions: missing.map((r) => ({ ...r, payment_providers: [PAYSTACK_PROVIDER_ID] })) },
  })
  await createTaxRegionsWorkflow(container).run({
    input: missing.flatMap((r) => r.countries).map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })
  const created = await regions.listRegions({ name: { $in: missing.map((r) => r.name) } })
  await offerFlutterwave(container, created.map((r) => r.id))
}

/** Flutterwave beside Paystack in these regions, when medusa-config registers it (always in development). */
async function offerFlutterwave(container: Container, regionIds: string[]) {
  if (!regionIds.length) return
  const [provider] = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: [FLUTTERWAVE_PROVIDER_ID], is_enabled: true })
  if (!provider) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { id: regionIds } })
  const without = data.filter((r) => !(r.payment_providers ?? []).some((p) => p?.id === FLUTTERWAVE_PROVIDER_ID))
  if (!without.length) return
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    without.map((r) => ({ [Modules.REGION]: { region_id: r.id }, [Modules.PAYMENT]: { payment_provider_id: FLUTTERWAVE_PROVIDER_ID } }))
  )
}

async function ensurePublishableKey(container: Container, salesChannelId: string, title: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [key] = await apiKeys.listApiKeys({ title, type: "publishable" })
  if (key) return
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title, type: "publishable", created_by: "seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
}

async function ensureShippingProfile(container: Container): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (profile) return profile.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

const storeRules = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

async function ensureWarehouse(container: Container, salesChannelId: string, shippingProfileId: string) {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await stockLocations.listStockLocations({ name: "Lagos Warehouse" })
  if (existing) return existing.id

  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Lagos Warehouse",
          address: { address_1: "12 Admiralty Way", city: "Lagos", country_code: "NG" },
        },
      ],
    },
  })
  const location = result[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })

  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Lagos Warehouse delivery",
    type: "shipping",
    service_zones: [
      { name: "Nigeria", geo_zones: NIGERIA.countries.map((country_code) => ({ country_code, type: "country" as const })) },
      {
        name: "International",
        geo_zones: INTERNATIONAL.countries.map((country_code) => ({ country_code, type: "country" as const })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const zone = (name: string) => fulfillmentSet.service_zones.find((z) => z.name === name)!.id
  const option = (name: string, zoneName: string, code: string, description: string, price: { currency_code: string; amount: number }) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: zone(zoneName),
    shipping_profile_id: shippingProfileId,
    type: { label: name, description, code },
    prices: [price],
    rules: storeRules,
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      option("Standard delivery", "Nigeria", "ng-standard", "3–5 working days", { currency_code: "ngn", amount: 2500 }),
      option("Express delivery", "Nigeria", "ng-express", "Next working day in Lagos", { currency_code: "ngn", amount: 5000 }),
      option("International shipping", "International", "intl-standard", "7–14 working days", { currency_code: "usd", amount: 15 }),
    ],
  })
  return location.id
}

/** Store, regions, taxes, sales channel, publishable key, warehouse, shipping and digital delivery. */
export async function ensureStoreSetup(container: Container, apiKeyTitle: string): Promise<StoreSetup> {
  const salesChannelId = await ensureSalesChannel(container)
  await ensureRegions(container)
  await ensurePublishableKey(container, salesChannelId, apiKeyTitle)
  const shippingProfileId = await ensureShippingProfile(container)
  const stockLocationId = await ensureWarehouse(container, salesChannelId, shippingProfileId)
  await ensureDigitalDelivery(container)
  return { salesChannelId, stockLocationId, shippingProfileId }
}

import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DIGITAL_FULFILLMENT_PROVIDER_ID } from "../../modules/digital-fulfillment"
import { DIGITAL_DELIVERY_OPTION } from "../../modules/digital-fulfillment/service"

type Container = ExecArgs["container"]

/** The names staff see in the admin's Locations & Shipping. */
export const DIGITAL_DELIVERY = {
  profile: "Digital goods",
  location: "Online delivery",
  fulfillmentSet: "Digital delivery",
  option: "Delivered online",
  currencies: ["ngn", "usd"],
}

async function ensureProfile(container: Container): Promise<string> {
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "digital" })
  if (profile) return profile.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: DIGITAL_DELIVERY.profile, type: "digital" }] },
  })
  return result[0].id
}

async function ensureLocation(container: Container): Promise<string> {
  const [existing] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: DIGITAL_DELIVERY.location })
  if (existing) return existing.id
  const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: DIGITAL_DELIVERY.location }] } })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: result[0].id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: DIGITAL_FULFILLMENT_PROVIDER_ID },
  })
  return result[0].id
}

/** The service zone of the digital fulfilment set (made, with its link to the location, when missing). */
async function ensureServiceZone(container: Container, locationId: string): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [set] = await fulfillment.listFulfillmentSets({ name: DIGITAL_DELIVERY.fulfillmentSet }, { relations: ["service_zones"] })
  if (set?.service_zones?.[0]) return set.service_zones[0].id
  const created = await fulfillment.createFulfillmentSets({
    name: DIGITAL_DELIVERY.fulfillmentSet,
    type: "digital",
    service_zones: [{ name: "Anywhere online", geo_zones: [] }],
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: created.id },
  })
  return created.service_zones[0].id
}

/**
 * What digital orders are fulfilled through: a "Digital goods" shipping
 * profile and a "Delivered online" shipping option of the digital fulfilment
 * provider, in a fulfilment set of an "Online delivery" location. The option
 * is for staff and workflows only (`enabled_in_store` false), so no shopper
 * is ever offered it at checkout. Adds only what is missing: run by the seed
 * and by a migration script, so existing databases get it on their next
 * migration. Answers the shipping option's id.
 */
export async function ensureDigitalDelivery(container: Container): Promise<string> {
  const { data: options } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id"],
    filters: { provider_id: DIGITAL_FULFILLMENT_PROVIDER_ID },
  })
  if (options[0]) return options[0].id as string
  const profileId = await ensureProfile(container)
  const serviceZoneId = await ensureServiceZone(container, await ensureLocation(container))
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: DIGITAL_DELIVERY.option,
        price_type: "flat",
        provider_id: DIGITAL_FULFILLMENT_PROVIDER_ID,
        service_zone_id: serviceZoneId,
        shipping_profile_id: profileId,
        type: { label: DIGITAL_DELIVERY.option, description: "Ebooks and courses, ready the moment they are paid", code: "digital" },
        data: { id: DIGITAL_DELIVERY_OPTION },
        prices: DIGITAL_DELIVERY.currencies.map((currency_code) => ({ currency_code, amount: 0 })),
        rules: [
          { attribute: "enabled_in_store", value: "false", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return result[0].id
}

import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cacheTags, publicFetchOptions } from "../cache"
import { storeFetch } from "../config"

const REGION_FIELDS = "id,name,currency_code,countries.iso_2,countries.display_name"

/**
 * Every region with its countries. Served from Next's data cache, so mapping
 * a country to its region costs no call to commerce per page view.
 */
export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const { regions } = await storeFetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: REGION_FIELDS, limit: 100 },
    ...publicFetchOptions(cacheTags.regions),
  })
  return regions
}

/** The region that sells to a country (ISO 3166-1 alpha-2), or null when none does. */
export async function retrieveRegionForCountry(countryCode: string): Promise<HttpTypes.StoreRegion | null> {
  const code = countryCode.toLowerCase()
  const regions = await listRegions()
  return regions.find((region) => region.countries?.some((country) => country.iso_2 === code)) ?? null
}

import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { medusa, PUBLIC_REVALIDATE_SECONDS } from "../medusa"

/** Every region with its countries; changes rarely, so cached for an hour. */
export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const sdk = await medusa()
  const { regions } = await sdk.client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries", limit: 100 },
    next: { revalidate: PUBLIC_REVALIDATE_SECONDS, tags: ["regions"] },
    cache: "force-cache",
  })
  return regions
}

/** The region that sells to a country, or null when none does. */
export async function retrieveRegionForCountry(countryCode: string): Promise<HttpTypes.StoreRegion | null> {
  const regions = await listRegions()
  const code = countryCode.toLowerCase()
  return regions.find((r) => r.countries?.some((c) => c.iso_2 === code)) ?? null
}

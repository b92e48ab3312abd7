import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { unstable_rethrow } from "next/navigation"
import { toBackendError, type BackendError } from "../util/errors"
import { listLatestPosts, type PostSummary } from "./posts"
import { listProducts } from "./products"
import { retrieveRegionForCountry } from "./regions"

/** A page section fed by one backend: its data, or why that backend failed. */
export type Section<T> = { ok: true; data: T } | { ok: false; error: BackendError }

export type HomeData = {
  /** `data: null` when commerce answered but no region sells to the country. */
  shop: Section<{ region: HttpTypes.StoreRegion; products: HttpTypes.StoreProduct[] } | null>
  blog: Section<PostSummary[]>
}

async function settle<T>(source: BackendError["source"], load: () => Promise<T>): Promise<Section<T>> {
  try {
    return { ok: true, data: await load() }
  } catch (error) {
    unstable_rethrow(error)
    const normalised = toBackendError(source, error)
    console.error(`[home] ${source} unavailable: ${normalised.message}`)
    return { ok: false, error: normalised }
  }
}

/**
 * Books and posts for the home page, loaded side by side. Either backend
 * may be down: its section then says so and the other still renders.
 */
export async function loadHome(countryCode: string): Promise<HomeData> {
  const [shop, blog] = await Promise.all([
    settle("commerce", async () => {
      const region = await retrieveRegionForCountry(countryCode)
      if (!region) return null
      const { products } = await listProducts({ regionId: region.id, limit: 12 })
      return { region, products }
    }),
    settle("cms", () => listLatestPosts(3)),
  ])
  return { shop, blog }
}

import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { STORE_PAGE_SIZE, type StoreView } from "../util/store-view"
import { listCatalog, listCategories, listCollections } from "./catalog"
import { retrieveRegionForCountry } from "./regions"
import { listProductRatings, type RatingSummary } from "./reviews"

export type StoreListing = {
  view: StoreView
  products: HttpTypes.StoreProduct[]
  /** Each listed product's average stars and review count. */
  ratings: Record<string, RatingSummary>
  count: number
  pageCount: number
  categories: HttpTypes.StoreProductCategory[]
  collections: HttpTypes.StoreCollection[]
}

/** Everything the listing page shows for one view; null when no region sells to the country. */
export async function loadStoreListing(countryCode: string, view: StoreView): Promise<StoreListing | null> {
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) return null
  const [page, categories, collections] = await Promise.all([
    listCatalog({
      regionId: region.id,
      category: view.category,
      collection: view.collection,
      format: view.format,
      sort: view.sort,
      limit: STORE_PAGE_SIZE,
      offset: (view.page - 1) * STORE_PAGE_SIZE,
    }),
    listCategories(),
    listCollections(),
  ])
  const ratings = await listProductRatings(page.products.map((p) => p.id))
  return {
    view,
    products: page.products,
    ratings,
    count: page.count,
    pageCount: Math.max(1, Math.ceil(page.count / STORE_PAGE_SIZE)),
    categories,
    collections,
  }
}

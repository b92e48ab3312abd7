import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { STORE_PAGE_SIZE, type StoreView } from "../util/store-view"
import { listCatalog, listCategories, listCollections } from "./catalog"
import { retrieveRegionForCountry } from "./regions"

export type StoreListing = {
  view: StoreView
  products: HttpTypes.StoreProduct[]
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
  return {
    view,
    products: page.products,
    count: page.count,
    pageCount: Math.max(1, Math.ceil(page.count / STORE_PAGE_SIZE)),
    categories,
    collections,
  }
}

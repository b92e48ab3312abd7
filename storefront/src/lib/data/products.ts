import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cacheTags, publicFetchOptions } from "../cache"
import { storeFetch } from "../config"

/** What a book card shows: prices calculated by Medusa for the region asked. */
const CARD_FIELDS = "id,title,handle,thumbnail,metadata,*variants.calculated_price"
const PAGE_FIELDS = [
  "id,title,subtitle,handle,description,thumbnail,metadata,images.id,images.url,*categories",
  "variants.id,variants.title,variants.sku,variants.manage_inventory,variants.allow_backorder",
  "+variants.inventory_quantity,*variants.calculated_price",
].join(",")

/** Books for a listing, priced for a region. Sorting and paging are done by Medusa. */
export async function listProducts({
  regionId,
  limit = 12,
  offset = 0,
  order = "-created_at",
}: {
  regionId: string
  limit?: number
  offset?: number
  order?: string
}): Promise<{ products: HttpTypes.StoreProduct[]; count: number }> {
  const { products, count } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { region_id: regionId, fields: CARD_FIELDS, limit, offset, order },
    ...publicFetchOptions(cacheTags.products),
  })
  return { products, count }
}

/** One published book by handle, priced for a region; null when there is none. */
export async function retrieveProduct(handle: string, regionId: string): Promise<HttpTypes.StoreProduct | null> {
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: regionId, fields: PAGE_FIELDS, limit: 1 },
    ...publicFetchOptions(cacheTags.products, cacheTags.product(handle)),
  })
  return products[0] ?? null
}

/**
 * Books named by handle (a cms block's list), priced for a region, in the
 * order given; handles Medusa does not know are left out. Each handle's tag
 * is on the answer, so a price change expires every page that shows it.
 */
export async function listProductsByHandles(handles: string[], regionId: string): Promise<HttpTypes.StoreProduct[]> {
  if (!handles.length) return []
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle: handles, region_id: regionId, fields: CARD_FIELDS, limit: handles.length },
    ...publicFetchOptions(cacheTags.products, ...handles.map(cacheTags.product)),
  })
  const byHandle = new Map(products.map((product) => [product.handle, product]))
  return handles.flatMap((handle) => byHandle.get(handle) ?? [])
}

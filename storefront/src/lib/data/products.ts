import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { medusa, PUBLIC_REVALIDATE_SECONDS } from "../medusa"

const CARD_FIELDS = "id,title,handle,thumbnail,metadata,*variants.calculated_price"
const PAGE_FIELDS =
  "id,title,subtitle,handle,description,thumbnail,metadata,*images,*categories,*collection,variants.id,variants.title,variants.metadata,*variants.calculated_price"

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
  const sdk = await medusa()
  const { products, count } = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { region_id: regionId, fields: CARD_FIELDS, limit, offset, order },
    next: { revalidate: PUBLIC_REVALIDATE_SECONDS, tags: ["products"] },
    cache: "force-cache",
  })
  return { products, count }
}

/** One book by handle, priced for a region; null when no such book is published. */
export async function retrieveProduct(handle: string, regionId: string): Promise<HttpTypes.StoreProduct | null> {
  const sdk = await medusa()
  const { products } = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: regionId, fields: PAGE_FIELDS, limit: 1 },
    next: { revalidate: PUBLIC_REVALIDATE_SECONDS, tags: ["products", `product:${handle}`] },
    cache: "force-cache",
  })
  return products[0] ?? null
}

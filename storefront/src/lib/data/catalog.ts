import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cacheTags, publicFetchOptions } from "../cache"
import { storeFetch } from "../config"
import type { StoreFormat } from "../util/store-view"

export type CatalogQuery = {
  regionId: string
  category?: string
  collection?: string
  format?: StoreFormat
  q?: string
  sort?: "newest" | "price_asc" | "price_desc" | "title"
  limit: number
  offset?: number
}

export type CatalogPage = { products: HttpTypes.StoreProduct[]; count: number; limit: number; offset: number }

/**
 * One page of books from commerce's catalogue route, which filters, searches,
 * sorts and pages in PostgreSQL. Shared by every visitor, so cached and
 * tagged `products` (commerce expires it when a book, price or stock changes).
 */
export async function listCatalog(query: CatalogQuery): Promise<CatalogPage> {
  const { regionId, offset = 0, ...filters } = query
  return storeFetch<CatalogPage>("/store/catalog/products", {
    query: { region_id: regionId, offset, ...filters },
    ...publicFetchOptions(cacheTags.products),
  })
}

/** The shop's categories, for filters and "try a category" suggestions. */
export async function listCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  const { product_categories } = await storeFetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { fields: "id,name,handle", limit: 100 },
    ...publicFetchOptions(cacheTags.products),
  })
  return product_categories
}

export async function listCollections(): Promise<HttpTypes.StoreCollection[]> {
  const { collections } = await storeFetch<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    query: { fields: "id,title,handle", limit: 100 },
    ...publicFetchOptions(cacheTags.products),
  })
  return collections
}

/**
 * What the book listing shows: filters, order and page. Shoppers see it as a
 * query string (`/ng/store?category=fiction&sort=price_asc`); the proxy turns
 * that into one canonical path segment so each distinct listing is an ISR
 * page of its own, served from Next's cache like the unfiltered one.
 */
export const STORE_SORTS = ["newest", "price_asc", "price_desc"] as const
export const STORE_FORMATS = ["print", "ebook"] as const
export const STORE_PAGE_SIZE = 6
/** Pages beyond this are not worth a cache entry: nobody pages that far through a bookshop. */
export const STORE_MAX_PAGE = 50

export type StoreSort = (typeof STORE_SORTS)[number]
export type StoreFormat = (typeof STORE_FORMATS)[number]
export type StoreView = {
  category?: string
  collection?: string
  format?: StoreFormat
  sort: StoreSort
  page: number
}

export const DEFAULT_STORE_VIEW: StoreView = { sort: "newest", page: 1 }

const HANDLE = /^[a-z0-9-]{1,80}$/
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined

/** Reads a view from query parameters; anything unknown or malformed is dropped. */
export function parseStoreView(params: URLSearchParams): StoreView {
  const handle = (name: string) => {
    const value = params.get(name)?.trim().toLowerCase()
    return value && HANDLE.test(value) ? value : undefined
  }
  const page = Number(params.get("page"))
  return {
    category: handle("category"),
    collection: handle("collection"),
    format: oneOf(STORE_FORMATS, params.get("format")),
    sort: oneOf(STORE_SORTS, params.get("sort")) ?? "newest",
    page: Number.isInteger(page) && page >= 1 && page <= STORE_MAX_PAGE ? page : 1,
  }
}

/** The canonical query string of a view: fixed key order, defaults left out; "" for the plain listing. */
export function storeViewQuery(view: StoreView): string {
  const params = new URLSearchParams()
  if (view.category) params.set("category", view.category)
  if (view.collection) params.set("collection", view.collection)
  if (view.format) params.set("format", view.format)
  if (view.page > 1) params.set("page", String(view.page))
  if (view.sort !== "newest") params.set("sort", view.sort)
  return params.toString()
}

/** The shopper-facing URL of a view. */
export function storeHref(countryCode: string, view: Partial<StoreView> = {}): string {
  const query = storeViewQuery({ ...DEFAULT_STORE_VIEW, ...view })
  return `/${countryCode}/store${query ? `?${query}` : ""}`
}

/** The internal path the proxy rewrites a filtered listing to. */
export function storeViewPath(countryCode: string, query: string): string {
  return `/${countryCode}/store/v/${encodeURIComponent(query)}`
}

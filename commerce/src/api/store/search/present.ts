import type { MedusaContainer } from "@medusajs/framework/types"
import { cheapestPricesIn, type RegionPrice } from "../../../lib/search/region-prices"
import { MARK_END, MARK_START, type SearchHit } from "../../../modules/search/service"

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** Escapes the indexed text, then turns the highlight marks into <mark>: the only markup in the answer. */
export const markedToHtml = (marked: string) =>
  marked
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>")

export type SearchResult = {
  kind: SearchHit["kind"]
  title_html: string
  snippet_html: string
  url: string
  published_at: string | null
  starts_at: string | null
  price: RegionPrice | null
}

export async function presentHits(scope: MedusaContainer, hits: SearchHit[], regionId?: string): Promise<SearchResult[]> {
  const productIds = [...new Set(hits.map((h) => h.product_id).filter((id): id is string => !!id))]
  const prices = regionId && productIds.length ? await cheapestPricesIn(scope, regionId, productIds) : new Map<string, RegionPrice | null>()
  return hits.map((hit) => ({
    kind: hit.kind,
    title_html: markedToHtml(hit.title_marked),
    snippet_html: markedToHtml(hit.snippet_marked),
    url: hit.url_path,
    published_at: hit.published_at,
    starts_at: hit.starts_at,
    price: (hit.product_id && prices.get(hit.product_id)) || null,
  }))
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
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
  price: { amount: number; currency_code: string } | null
}

/** The cheapest price of each product in the region, when asked for one. */
async function pricesIn(scope: MedusaContainer, regionId: string | undefined, productIds: string[]) {
  const prices = new Map<string, SearchResult["price"]>()
  if (!regionId || !productIds.length) return prices
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } })
  if (!region) return prices
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "variants.calculated_price.*"],
    filters: { id: productIds },
    context: { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) } },
  })
  // The graph's generated types do not know the calculated price its context adds.
  type PricedVariant = { calculated_price?: { calculated_amount?: number | null } | null } | null
  for (const product of data) {
    const amounts = ((product.variants ?? []) as PricedVariant[])
      .map((v) => v?.calculated_price?.calculated_amount)
      .filter((a): a is number => typeof a === "number")
    if (amounts.length) prices.set(product.id, { amount: Math.min(...amounts), currency_code: region.currency_code })
  }
  return prices
}

export async function presentHits(scope: MedusaContainer, hits: SearchHit[], regionId?: string): Promise<SearchResult[]> {
  const prices = await pricesIn(scope, regionId, [...new Set(hits.map((h) => h.product_id).filter((id): id is string => !!id))])
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

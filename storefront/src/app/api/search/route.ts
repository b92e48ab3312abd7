import { NextResponse, type NextRequest } from "next/server"
import { listCatalog } from "@/lib/data/catalog"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import { toBackendError } from "@/lib/util/errors"
import { cheapestPrice } from "@/lib/util/prices"
import { formatAmount } from "@/lib/util/money"
import { productAuthor } from "@/lib/util/products"
import { parseSearchQuery } from "@/lib/util/search-query"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"

export type SearchSuggestion = { handle: string; title: string; author: string | null; price: string | null }

const SUGGESTIONS = 5

/** Suggestions as the shopper types in the header's search box. */
export const GET = refuseUnreadableUrl(async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const countryCode = (params.get("countryCode") ?? "").toLowerCase()
  if (!/^[a-z]{2}$/.test(countryCode)) {
    return NextResponse.json({ message: "countryCode must be a two-letter country code" }, { status: 400 })
  }
  const query = parseSearchQuery(params.get("q"))
  if (!query) return NextResponse.json({ message: "q is required" }, { status: 400 })
  if (!query.ok) return NextResponse.json({ message: query.error }, { status: 400 })
  try {
    const region = await retrieveRegionForCountry(countryCode)
    if (!region) return NextResponse.json({ message: `No region sells to ${countryCode}` }, { status: 404 })
    const { products } = await listCatalog({ regionId: region.id, q: query.q, limit: SUGGESTIONS })
    const results: SearchSuggestion[] = products.map((product) => {
      const price = cheapestPrice(product)
      return {
        handle: product.handle!,
        title: product.title!,
        author: productAuthor(product),
        price: price ? formatAmount(price.amount, price.currencyCode) : null,
      }
    })
    // The same for every visitor: browsers and CDNs may keep it a minute.
    return NextResponse.json({ results }, { headers: { "Cache-Control": "public, max-age=60" } })
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    console.error(`[search] commerce unavailable: ${status ?? "no answer"} ${message}`)
    return NextResponse.json({ message: "Search is unavailable right now." }, { status: 502 })
  }
})

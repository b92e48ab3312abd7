import { NextResponse, type NextRequest } from "next/server"
import { listSearchSuggestions } from "@/lib/data/search"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import { toBackendError } from "@/lib/util/errors"
import { formatAmount } from "@/lib/util/money"
import { parseSearchQuery } from "@/lib/util/search-query"
import { highlightRuns, type SearchKind } from "@/lib/util/search-results"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"

/** One suggestion as the header's search box shows it: plain text runs, never markup. */
export type SearchSuggestion = {
  kind: SearchKind
  href: string
  title: { text: string; marked: boolean }[]
  price: string | null
}

/** Suggestions of every kind as the reader types in the header's search box. */
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
    // The last word is still being typed: commerce reads it as a prefix.
    const found = await listSearchSuggestions({ q: query.q, regionId: region.id })
    const results: SearchSuggestion[] = found.map((result) => ({
      kind: result.kind,
      href: `/${countryCode}${result.url === "/" ? "" : result.url}`,
      title: highlightRuns(result.title_html),
      price: result.price ? formatAmount(result.price.amount, result.price.currency_code) : null,
    }))
    // The same for every visitor, and the index follows publishing within seconds: a short shared cache.
    return NextResponse.json({ results }, { headers: { "Cache-Control": "public, max-age=5" } })
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    console.error(`[search] commerce unavailable: ${status ?? "no answer"} ${message}`)
    return NextResponse.json({ message: "Search is unavailable right now." }, { status: 502 })
  }
})

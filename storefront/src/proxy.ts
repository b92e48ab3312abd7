import { NextResponse, type NextRequest } from "next/server"
import { env } from "@/lib/env"
import { parseStoreView, storeViewPath, storeViewQuery } from "@/lib/util/store-view"

const COUNTRY_SEGMENT = /^[a-z]{2}$/i
const STORE_LISTING = /^\/([a-z]{2})\/store\/?$/
/** Pages outside any country: Paystack returns shoppers to one fixed URL. */
const COUNTRYLESS_PATHS = new Set(["/checkout/paystack"])

/**
 * Every shop page lives under a country (`/ng/...`). A path without one goes
 * to the default country, and `/NG` to `/ng`. Which countries are sold to is
 * decided from Medusa's cached regions when the page renders (an unknown
 * country is a 404 there), so this stays a string check with no backend call.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (COUNTRYLESS_PATHS.has(pathname)) return NextResponse.next()
  const listing = STORE_LISTING.exec(pathname)
  if (listing) return rewriteListing(request, listing[1], searchParams)
  const [first = ""] = pathname.split("/").filter(Boolean)
  if (COUNTRY_SEGMENT.test(first) && first === first.toLowerCase()) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = COUNTRY_SEGMENT.test(first)
    ? pathname.replace(`/${first}`, `/${first.toLowerCase()}`)
    : `/${env.NEXT_PUBLIC_DEFAULT_COUNTRY}${pathname === "/" ? "" : pathname}`
  return NextResponse.redirect(url)
}

/**
 * `/ng/store?sort=price_asc` is served by the cached page at
 * `/ng/store/v/sort%3Dprice_asc`; the shopper keeps the query-string URL.
 * Unknown or malformed parameters are dropped, so junk cannot mint new cache
 * entries.
 */
function rewriteListing(request: NextRequest, countryCode: string, searchParams: URLSearchParams) {
  const query = storeViewQuery(parseStoreView(searchParams))
  if (!query) return searchParams.size ? NextResponse.rewrite(new URL(`/${countryCode}/store`, request.url)) : NextResponse.next()
  return NextResponse.rewrite(new URL(storeViewPath(countryCode, query), request.url))
}

// The proxy only runs where it has work to do: paths without a lowercase
// country (redirected) and the listing (rewritten). Every other page under
// `/xx/...` skips it, so a cached book or home page is served without the
// proxy's cost (under load this halved p99 on those pages).
export const config = {
  matcher: [
    "/((?!api|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|.*\\..*|[a-z]{2}$|[a-z]{2}/(?!store/?$)).*)",
  ],
}

import { NextResponse, type NextRequest } from "next/server"
import { env } from "@/lib/env"
import { badInputResponse, urlProblem } from "@/lib/util/bad-input"
import { moveForwardedFor } from "@/lib/util/rate-limit"
import { parseStoreView, storeViewPath, storeViewQuery } from "@/lib/util/store-view"

const COUNTRY_SEGMENT = /^[a-z]{2}$/i
const STORE_LISTING = /^\/([a-z]{2})\/store\/?$/
/** Pages outside any country: Paystack, Flutterwave and Google each return shoppers to one fixed URL (and Google sign-in starts beside its return). */
const COUNTRYLESS_PATHS = new Set(["/checkout/paystack", "/checkout/flutterwave", "/auth/google/start", "/auth/google/callback"])

type Forward = Parameters<typeof NextResponse.next>[0]

/** Route handlers that call commerce's rate-limited sign-in routes on the shopper's behalf, as server actions do. */
const SIGN_IN_ROUTES = new Set(["/auth/google/start", "/auth/google/callback"])
/** Site search (the results page and the header's suggestions) calls commerce's rate-limited search for the reader too. */
const SEARCH_PATHS = /^\/(?:api|[a-z]{2})\/search$/

/** How Next recognises a server action: the header its client sends, or a plain form post (no JavaScript). */
const isServerAction = (request: NextRequest) =>
  request.method === "POST" &&
  (request.headers.has("next-action") || /^(multipart\/form-data|application\/x-www-form-urlencoded)/.test(request.headers.get("content-type") ?? ""))

/**
 * Every shop page lives under a country (`/ng/...`). A path without one goes
 * to the default country, and `/NG` to `/ng`. Which countries are sold to is
 * decided from Medusa's cached regions when the page renders (an unknown
 * country is a 404 there), so this stays a string check with no backend call.
 *
 * Before that: an unreadable URL (NUL or control characters, bytes that are
 * not UTF-8, over-long values) is a 400 here, never a 500 from a backend
 * further on; and a server action learns who is really asking (see
 * lib/util/rate-limit.ts).
 */
export function proxy(request: NextRequest) {
  const problem = urlProblem(request.nextUrl)
  if (problem) return badInputResponse(request.nextUrl.pathname, problem)
  const { pathname, searchParams } = request.nextUrl
  const forward: Forward =
    isServerAction(request) || SIGN_IN_ROUTES.has(pathname) || SEARCH_PATHS.test(pathname)
      ? { request: { headers: moveForwardedFor(request.headers) } }
      : undefined
  if (COUNTRYLESS_PATHS.has(pathname) || pathname.startsWith("/api/") || pathname.startsWith("/_next/")) {
    return NextResponse.next(forward)
  }
  const listing = STORE_LISTING.exec(pathname)
  if (listing) return rewriteListing(request, listing[1], searchParams, forward)
  const [first = ""] = pathname.split("/").filter(Boolean)
  if (COUNTRY_SEGMENT.test(first) && first === first.toLowerCase()) return NextResponse.next(forward)
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
function rewriteListing(request: NextRequest, countryCode: string, searchParams: URLSearchParams, forward: Forward) {
  const query = storeViewQuery(parseStoreView(searchParams))
  if (!query) return searchParams.size ? NextResponse.rewrite(new URL(`/${countryCode}/store`, request.url), forward) : NextResponse.next(forward)
  return NextResponse.rewrite(new URL(storeViewPath(countryCode, query), request.url), forward)
}

// The proxy only runs where it has work to do, so a cached book or home page
// is served without its cost (under load this halved p99 on those pages):
// - paths without a lowercase country (redirected);
// - the listing with one of its own parameters (rewritten to its view's page;
//   the plain listing, with no parameter or only others such as `utm_source`,
//   is the cached page as it is: under load the proxy's pass cost it half its
//   throughput and its p99 at 50 connections);
// - server actions, on any path (the client's X-Forwarded-For is moved aside);
// - URLs that may be unreadable: a percent-encoded or very long path, and the
//   query parameters that pages send on to a backend while rendering (`q`,
//   `category`) holding a control character or too many characters. (Bytes
//   that are not UTF-8 reach pages as U+FFFD, which is harmless text there;
//   the API routes refuse it themselves.) A page that sends another query
//   parameter to a backend adds it here.
// Next reads this object statically at build time: it must stay literal.
export const config = {
  matcher: [
    "/((?!api|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|.*\\..*|[a-z]{2}$|[a-z]{2}/).*)",
    { source: "/:countryCode([a-z]{2})/store", has: [{ type: "query", key: "category" }] },
    { source: "/:countryCode([a-z]{2})/store", has: [{ type: "query", key: "collection" }] },
    { source: "/:countryCode([a-z]{2})/store", has: [{ type: "query", key: "format" }] },
    { source: "/:countryCode([a-z]{2})/store", has: [{ type: "query", key: "page" }] },
    { source: "/:countryCode([a-z]{2})/store", has: [{ type: "query", key: "sort" }] },
    "/api/search",
    "/:countryCode([a-z]{2})/search",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "(?:multipart/form-data|application/x-www-form-urlencoded).*" }] },
    "/:path((?:.*%.*)|(?:.{300,}))",
    { source: "/:path*", has: [{ type: "query", key: "q", value: "(?:[\\s\\S]*[\\x00-\\x1f\\x7f][\\s\\S]*|[\\s\\S]{1001,})" }] },
    { source: "/:path*", has: [{ type: "query", key: "category", value: "(?:[\\s\\S]*[\\x00-\\x1f\\x7f][\\s\\S]*|[\\s\\S]{1001,})" }] },
  ],
}

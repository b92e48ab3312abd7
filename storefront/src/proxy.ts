import { NextResponse, type NextRequest } from "next/server"
import { env } from "@/lib/env"

const COUNTRY_SEGMENT = /^[a-z]{2}$/i

/**
 * Every shop page lives under a country (`/ng/...`). A path without one goes
 * to the default country, and `/NG` to `/ng`. Which countries are sold to is
 * decided from Medusa's cached regions when the page renders (an unknown
 * country is a 404 there), so this stays a string check with no backend call.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const [first = ""] = pathname.split("/").filter(Boolean)
  if (COUNTRY_SEGMENT.test(first) && first === first.toLowerCase()) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = COUNTRY_SEGMENT.test(first)
    ? pathname.replace(`/${first}`, `/${first.toLowerCase()}`)
    : `/${env.NEXT_PUBLIC_DEFAULT_COUNTRY}${pathname === "/" ? "" : pathname}`
  return NextResponse.redirect(url)
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|.*\\..*).*)"],
}

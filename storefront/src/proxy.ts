import { NextResponse, type NextRequest } from "next/server"

const DEFAULT_COUNTRY = (process.env.NEXT_PUBLIC_DEFAULT_COUNTRY || "ng").toLowerCase()

/**
 * Every shop page lives under a country (`/ng/...`). A path without one is
 * sent to the default country; which countries exist is decided by Medusa's
 * regions when the page renders, so this stays a cheap string check.
 */
export function proxy(request: NextRequest) {
  const [first] = request.nextUrl.pathname.split("/").filter(Boolean)
  if (first && /^[a-z]{2}$/.test(first)) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/${DEFAULT_COUNTRY}${request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname}`
  return NextResponse.redirect(url)
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|.*\\..*).*)"],
}

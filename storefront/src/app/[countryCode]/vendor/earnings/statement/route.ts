import { NextResponse, type NextRequest } from "next/server"
import { getVendorToken } from "@/lib/data/cookies"
import { env } from "@/lib/env"

/**
 * The vendor's statement as CSV, proxied from commerce with the vendor's
 * session (the token stays in its httpOnly cookie): `?from&to` pass through;
 * commerce checks them and answers only the signed-in vendor's entries.
 */
export async function GET(request: NextRequest) {
  const token = await getVendorToken()
  if (!token) return NextResponse.json({ message: "Sign in as a vendor" }, { status: 401, headers: { "cache-control": "private, no-store" } })
  const query = new URLSearchParams({ format: "csv" })
  for (const name of ["from", "to"]) {
    const value = request.nextUrl.searchParams.get(name)
    if (value) query.set(name, value)
  }
  const res = await fetch(`${env.MEDUSA_BACKEND_URL}/vendors/me/ledger?${query}`, {
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
    signal: AbortSignal.timeout(30_000),
  })
  const headers = new Headers({ "cache-control": "private, no-store", "content-type": res.headers.get("content-type") ?? "text/plain; charset=utf-8" })
  const disposition = res.headers.get("content-disposition")
  if (disposition) headers.set("content-disposition", disposition)
  return new NextResponse(res.body, { status: res.status, headers })
}

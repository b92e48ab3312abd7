import { NextResponse, type NextRequest } from "next/server"
import { retrieveCart, updateCartRegion } from "@/lib/data/cart"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import { toBackendError } from "@/lib/util/errors"
import { pathInCountry } from "@/modules/layout/components/country-switch/path-in-country"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"

export const dynamic = "force-dynamic"

const COUNTRY = /^[a-z]{2}$/

/**
 * Switches the shop's country (`?to=us&from=/ng/cart`): an existing cart is
 * moved to that country's region, so Medusa re-prices it in the new currency,
 * then the visitor is sent to the same page under the new country.
 */
export const GET = refuseUnreadableUrl(async function GET(request: NextRequest) {
  const to = (request.nextUrl.searchParams.get("to") ?? "").toLowerCase()
  if (!COUNTRY.test(to)) {
    return NextResponse.json({ message: "`to` must be a two-letter country code" }, { status: 400 })
  }
  const region = await retrieveRegionForCountry(to).catch(() => undefined)
  if (region === null) {
    return NextResponse.json({ message: `We do not sell to the country "${to}"` }, { status: 400 })
  }
  if (region) {
    try {
      const cart = await retrieveCart()
      if (cart && cart.region_id !== region.id) await updateCartRegion(cart.id, region.id)
    } catch (error) {
      // The cart page moves the cart on its next visit; switching still works.
      console.error(`[country] could not move the cart to ${to}: ${toBackendError("commerce", error).message}`)
    }
  }
  // A relative Location keeps the visitor on the host they came in on.
  const location = pathInCountry(request.nextUrl.searchParams.get("from"), to)
  return new NextResponse(null, { status: 303, headers: { location, "cache-control": "private, no-store" } })
})

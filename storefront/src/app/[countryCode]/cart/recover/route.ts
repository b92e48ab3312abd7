import { NextResponse, type NextRequest } from "next/server"
import { setCartId } from "@/lib/data/cookies"
import { recoverCart } from "@/lib/data/marketing"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"
import { toBackendError } from "@/lib/util/errors"

export const dynamic = "force-dynamic"

/** Why a link did not bring the cart back, as the failed page words it. */
export type RecoveryFailure = "expired" | "invalid" | "ordered" | "unavailable"

const go = (location: string) => new NextResponse(null, { status: 303, headers: { location, "cache-control": "private, no-store" } })

/**
 * The link of an abandoned-cart reminder (`?token=`): commerce checks the
 * signed token and names the cart, which goes back into the shopper's cart
 * cookie, and the shopper lands on the cart. A cart its account holder
 * has used signed in stays theirs: they are asked to sign in, and their
 * open cart follows them. An expired, forged or used-up link lands on a
 * page that says so (never an error page).
 */
export const GET = refuseUnreadableUrl(async function GET(request: NextRequest, { params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const country = /^[a-z]{2}$/.test(countryCode) ? countryCode : "ng"
  const token = request.nextUrl.searchParams.get("token") ?? ""
  const failed = (reason: RecoveryFailure) => go(`/${country}/cart/recover/failed?reason=${reason}`)
  if (!token) return failed("invalid")
  try {
    const cart = await recoverCart(token)
    await setCartId(cart.id)
    if (cart.sign_in_required) return go(`/${country}/account/login?${new URLSearchParams({ next: `/${country}/cart` })}`)
    return go(`/${country}/cart`)
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 410) return failed(/order/.test(message) ? "ordered" : "expired")
    if (status === 403 || status === 400) return failed("invalid")
    console.error(`[cart-recovery] commerce answered ${status ?? "nothing"}: ${message}`)
    return failed("unavailable")
  }
})

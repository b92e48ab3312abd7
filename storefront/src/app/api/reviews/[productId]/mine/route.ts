import { NextResponse } from "next/server"
import { getAuthToken } from "@/lib/data/cookies"
import { emailVerifiedOrUnknown } from "@/lib/data/email-verification"
import { retrieveMyReview } from "@/lib/data/reviews"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: asked by the cached book page's review form after it has arrived.
export const dynamic = "force-dynamic"

const privately = { headers: { "Cache-Control": "private, no-store" } }
const PRODUCT_ID = /^prod_[A-Za-z0-9]{1,60}$/

/** GET /api/reviews/:productId/mine — the signed-in reader's review of the product and whether they may write one. */
export const GET = refuseUnreadableUrl(async function GET(_request: Request, { params }: { params: Promise<{ productId: string }> }) {
  const { productId } = await params
  if (!PRODUCT_ID.test(productId)) return NextResponse.json({ message: "Not a product id" }, { status: 400, ...privately })
  if (!(await getAuthToken())) return NextResponse.json({ signed_in: false, review: null, can_review: false }, privately)
  try {
    const [mine, emailVerified] = await Promise.all([retrieveMyReview(productId), emailVerifiedOrUnknown()])
    return NextResponse.json({ signed_in: true, ...mine, email_verified: emailVerified }, privately)
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) return NextResponse.json({ signed_in: false, review: null, can_review: false }, privately)
    console.error(`[reviews] own review unavailable: ${status ?? "no answer"} ${message}`)
    return NextResponse.json({ message: "Your review could not be read just now" }, { status: 503, ...privately })
  }
})

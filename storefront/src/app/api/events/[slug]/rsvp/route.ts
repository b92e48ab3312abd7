import { NextResponse } from "next/server"
import { parseEventSlug } from "@/lib/actions/rsvp-input"
import { retrieveCustomer } from "@/lib/data/customer"
import { emailVerifiedOrUnknown } from "@/lib/data/email-verification"
import { retrieveEventForRsvp } from "@/lib/data/events"
import { countActiveRsvps, retrieveActiveRsvp, takesRsvps, type RsvpState } from "@/lib/data/rsvp"
import { toBackendError } from "@/lib/util/errors"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"

// Per visitor: asked by the event page's RSVP panel after the cached page has arrived.
export const dynamic = "force-dynamic"

const privately = { headers: { "Cache-Control": "private, no-store" } }

/** Whether the visitor is signed in and registered, and how many seats are left. */
export const GET = refuseUnreadableUrl(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseEventSlug((await params).slug)
  if (!slug.ok) return NextResponse.json({ message: slug.message }, { status: 400, ...privately })
  try {
    const event = await retrieveEventForRsvp(slug.value)
    if (!event) return NextResponse.json({ message: "No such event" }, { status: 404, ...privately })
    const [customer, taken] = await Promise.all([retrieveCustomer(), countActiveRsvps(event.id)])
    const [registered, emailVerified] = customer
      ? await Promise.all([retrieveActiveRsvp(event.id, customer.id).then(Boolean), emailVerifiedOrUnknown()])
      : [false, true]
    const body: RsvpState = {
      signedIn: Boolean(customer),
      emailVerified,
      registered,
      open: takesRsvps(event),
      seatsLeft: typeof event.capacity === "number" ? Math.max(0, event.capacity - taken) : null,
    }
    return NextResponse.json(body, privately)
  } catch (error) {
    const { status, message } = toBackendError("cms", error)
    console.error(`[rsvp] state unavailable: ${status ?? "no answer"} ${message}`)
    return NextResponse.json({ message: "RSVPs are unavailable right now" }, { status: 503, ...privately })
  }
})

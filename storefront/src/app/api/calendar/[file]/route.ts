import { retrieveFeedOwner } from "@/lib/data/calendar-feed"
import { listFeedEvents } from "@/lib/data/my-events"
import { env } from "@/lib/env"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"
import { toCalendarEvent } from "@/lib/util/event-calendar"
import { toBackendError } from "@/lib/util/errors"
import { buildCalendar } from "@/lib/util/ics"

// One reader's RSVPs, asked for by their calendar app every few hours.
export const dynamic = "force-dynamic"

const privately = { "Cache-Control": "private, no-store" }
const notFound = () => new Response("No such calendar\n", { status: 404, headers: { ...privately, "content-type": "text/plain; charset=utf-8" } })

/**
 * GET /api/calendar/<token>.ics: the reader's private feed of their RSVPs.
 * The token is the only credential; an unknown or reset one is a 404, never a
 * hint that a feed exists.
 */
export const GET = refuseUnreadableUrl(async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(.+)\.ics$/.exec((await params).file)
  if (!match) return notFound()
  try {
    const customerId = await retrieveFeedOwner(match[1])
    if (!customerId) return notFound()
    const now = new Date()
    const events = await listFeedEvents(customerId, now)
    const body = buildCalendar(events.map((event) => toCalendarEvent(event, env.NEXT_PUBLIC_BASE_URL)), { stamp: now, name: "My events" })
    return new Response(body, { headers: { ...privately, "content-type": "text/calendar; charset=utf-8" } })
  } catch (error) {
    const { status, message } = toBackendError("cms", error)
    console.error(`[calendar] feed unavailable: ${status ?? "no answer"} ${message}`)
    return new Response("Calendar unavailable right now\n", { status: 503, headers: { ...privately, "Retry-After": "300", "content-type": "text/plain; charset=utf-8" } })
  }
})

import { NextResponse } from "next/server"
import { parseEventSlug } from "@/lib/actions/rsvp-input"
import { retrievePublishedEvent } from "@/lib/data/events"
import { env } from "@/lib/env"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"
import { toCalendarEvent } from "@/lib/util/event-calendar"
import { toBackendError } from "@/lib/util/errors"
import { buildCalendar } from "@/lib/util/ics"
import { plainText } from "@/lib/util/rich-text"

/**
 * GET /api/events/<slug>/ics: "Add to calendar" for one published event.
 * Public like the event page; the read is cached under the event's tag, so an
 * edit in the cms reaches the next download.
 */
export const GET = refuseUnreadableUrl(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseEventSlug((await params).slug)
  if (!slug.ok) return NextResponse.json({ message: slug.message }, { status: 400 })
  try {
    const event = await retrievePublishedEvent(slug.value)
    if (!event) return NextResponse.json({ message: "No such event" }, { status: 404 })
    const entry = toCalendarEvent(event, env.NEXT_PUBLIC_BASE_URL, plainText(event.description?.root, 500) || undefined)
    return new Response(buildCalendar([entry], { stamp: new Date() }), {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${slug.value}.ics"`,
        "cache-control": "public, max-age=300",
      },
    })
  } catch (error) {
    const { status, message } = toBackendError("cms", error)
    console.error(`[calendar] event file unavailable: ${status ?? "no answer"} ${message}`)
    return NextResponse.json({ message: "The calendar file is unavailable right now" }, { status: 503 })
  }
})

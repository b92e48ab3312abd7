"use server"

import { unstable_rethrow } from "next/navigation"
import { resetFeedToken } from "../data/calendar-feed"
import { retrieveCustomer } from "../data/customer"
import { env } from "../env"
import { toBackendError } from "../util/errors"
import { createRateLimiter } from "../util/rate-limit"

/** What the Events page's feed panel shows: the new link once, or why there is none. */
export type CalendarFeedState = { ok: true; url: string } | { ok: false; message: string } | null

/** A handful of resets a minute is far beyond any real use of the button. */
const allow = createRateLimiter({ limit: 5, windowMs: 60_000 })

/**
 * Makes the signed-in reader a new private calendar link and returns it; any
 * link they had before stops working at once. Only its hash is kept, so this
 * is the one time the link can be shown.
 */
export async function resetCalendarFeed(_previous: CalendarFeedState, _formData: FormData): Promise<CalendarFeedState> {
  try {
    const customer = await retrieveCustomer()
    if (!customer) return { ok: false, message: "Sign in to get your calendar link." }
    if (!allow(customer.id)) return { ok: false, message: "Too many new links in a minute. Please wait a moment." }
    const token = await resetFeedToken(customer.id)
    return { ok: true, url: `${env.NEXT_PUBLIC_BASE_URL}/api/calendar/${token}.ics` }
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("cms", error)
    console.error(`[calendar] feed reset failed: ${status ?? "no answer"} ${message}`)
    return { ok: false, message: "Your calendar link could not be made just now. Please try again." }
  }
}

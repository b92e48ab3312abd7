"use server"

import { unstable_rethrow } from "next/navigation"
import { retrieveCustomer } from "../data/customer"
import { retrieveEmailVerification } from "../data/email-verification"
import { retrieveEventForRsvp } from "../data/events"
import { cancelRsvp, createRsvp, retrieveActiveRsvp } from "../data/rsvp"
import { toBackendError } from "../util/errors"
import { createRateLimiter } from "../util/rate-limit"
import { parseEventSlug, VERIFY_TO_RSVP, type RsvpFormState } from "./rsvp-input"

const TRY_AGAIN = "Your RSVP could not be saved just now. Please try again."
/** Ten changes a minute per shopper is far beyond any real use of one button. */
const allow = createRateLimiter({ limit: 10, windowMs: 60_000 })

/**
 * The shopper as Medusa knows them, from their own session cookie: the cms is
 * only ever told a customer id that Medusa has just vouched for.
 */
async function verifiedShopper(formData: FormData) {
  const slug = parseEventSlug(formData.get("event"))
  if (!slug.ok) return slug
  const customer = await retrieveCustomer()
  if (!customer) return { ok: false as const, message: "Sign in to RSVP." }
  if (!allow(customer.id)) return { ok: false as const, message: "Too many changes in a minute. Please wait a moment." }
  const event = await retrieveEventForRsvp(slug.value)
  if (!event) return { ok: false as const, message: "This event does not exist any more." }
  return { ok: true as const, customer, event }
}

async function attempt(work: () => Promise<RsvpFormState>): Promise<RsvpFormState> {
  try {
    return await work()
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("cms", error)
    console.error(`[rsvp] failed: ${status ?? "no answer"} ${message}`)
    return { ok: false, message: TRY_AGAIN }
  }
}

/** RSVPs the signed-in shopper to an event (form field `event`: its slug). */
async function rsvpToEvent(formData: FormData): Promise<RsvpFormState> {
  return attempt(async () => {
    const shopper = await verifiedShopper(formData)
    if (!shopper.ok) return shopper
    const { customer, event } = shopper
    // Commerce says whether the email is verified; when it cannot answer, the RSVP waits (attempt's "try again").
    const verification = await retrieveEmailVerification()
    if (!verification?.verified) return { ok: false, message: VERIFY_TO_RSVP }
    const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
    const result = await createRsvp(event.id, { customerId: customer.id, name, email: customer.email })
    if (result.ok) return { ok: true, message: "You are registered. See you there!" }
    if (result.status >= 500) throw new Error(result.message)
    return { ok: false, message: result.message }
  })
}

/** Cancels the signed-in shopper's own RSVP; nobody else's can be named. */
async function cancelEventRsvp(formData: FormData): Promise<RsvpFormState> {
  return attempt(async () => {
    const shopper = await verifiedShopper(formData)
    if (!shopper.ok) return shopper
    const registration = await retrieveActiveRsvp(shopper.event.id, shopper.customer.id)
    if (!registration) return { ok: false, message: "You have no RSVP for this event." }
    const result = await cancelRsvp(registration.id)
    if (result.ok) return { ok: true, message: "Your RSVP is cancelled." }
    if (result.status >= 500) throw new Error(result.message)
    return { ok: false, message: result.message }
  })
}

/** The RSVP panel's one action: `intent` is "rsvp" or "cancel", `event` the event's slug. */
export async function changeRsvp(_previous: RsvpFormState, formData: FormData): Promise<RsvpFormState> {
  const intent = formData.get("intent")
  if (intent === "rsvp") return rsvpToEvent(formData)
  if (intent === "cancel") return cancelEventRsvp(formData)
  return { ok: false, message: "Unknown RSVP action." }
}

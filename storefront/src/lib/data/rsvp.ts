import "server-only"
import { cmsErrorMessage, cmsPrivateRead, cmsWrite, payloadQuery, type PayloadList } from "../cms"
import type { Event } from "./events"

export type Registration = { id: number; status: "registered" | "cancelled" }

export type { RsvpState } from "../actions/rsvp-input"

export type RsvpResult = { ok: true } | { ok: false; status: number; message: string }

const active = (eventId: number) => ({ "where[event][equals]": eventId, "where[status][equals]": "registered" })

/** The customer's active RSVP for an event, read with the storefront key. */
export async function retrieveActiveRsvp(eventId: number, customerId: string): Promise<Registration | null> {
  const query = payloadQuery({ ...active(eventId), "where[customerId][equals]": customerId, limit: 1, depth: 0 })
  const { docs } = await cmsPrivateRead<PayloadList<Registration>>("event-registrations", query)
  return docs[0] ?? null
}

export async function countActiveRsvps(eventId: number): Promise<number> {
  const query = payloadQuery({ ...active(eventId), limit: 1, depth: 0, "select[id]": "true" })
  const { totalDocs } = await cmsPrivateRead<PayloadList<Registration>>("event-registrations", query)
  return totalDocs
}

/** Whether an event takes RSVPs right now: published, open, and not yet started. */
export function takesRsvps(event: Pick<Event, "registrationOpen" | "startsAt">, now = Date.now()): boolean {
  return Boolean(event.registrationOpen) && new Date(event.startsAt).getTime() > now
}

export type Attendee = { customerId: string; name: string; email: string }

/**
 * Asks the cms for a seat. Capacity, opening and "one per shopper" are decided
 * there, in one transaction; its refusals (409 with a sentence) are passed on.
 */
export async function createRsvp(eventId: number, attendee: Attendee): Promise<RsvpResult> {
  const res = await cmsWrite("event-registrations", "POST", { event: eventId, ...attendee })
  if (res.ok) return { ok: true }
  return { ok: false, status: res.status, message: await cmsErrorMessage(res) }
}

export async function cancelRsvp(registrationId: number): Promise<RsvpResult> {
  const res = await cmsWrite(`event-registrations/${registrationId}`, "PATCH", { status: "cancelled" })
  if (res.ok) return { ok: true }
  return { ok: false, status: res.status, message: await cmsErrorMessage(res) }
}

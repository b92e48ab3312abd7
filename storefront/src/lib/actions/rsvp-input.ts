/** What the RSVP buttons get back. */
export type RsvpFormState = { ok: boolean; message: string } | null

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An event slug from a form: lowercase words joined by hyphens, at most 200 characters. */
export function parseEventSlug(value: unknown): { ok: true; value: string } | { ok: false; message: string } {
  if (typeof value !== "string" || value.length > 200 || !SLUG.test(value)) {
    return { ok: false, message: "Unknown event." }
  }
  return { ok: true, value }
}

/** What the event page's RSVP panel shows the visitor (GET /api/events/<slug>/rsvp). */
export type RsvpState = {
  signedIn: boolean
  registered: boolean
  open: boolean
  /** Null when the event has no capacity limit. */
  seatsLeft: number | null
}

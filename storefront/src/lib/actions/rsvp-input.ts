/** The refusal of an RSVP by a reader whose email is not verified (commerce's answer decides). */
export const VERIFY_TO_RSVP = "Verify your email address to RSVP to events."

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
  /** False only for a signed-in reader whose email commerce says is not verified yet (they cannot RSVP). */
  emailVerified: boolean
  registered: boolean
  open: boolean
  /** Null when the event has no capacity limit. */
  seatsLeft: number | null
}

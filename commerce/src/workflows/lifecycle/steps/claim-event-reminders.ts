import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dbOf, ensureLifecycleTables, releaseClaims } from "../../../lib/lifecycle/claims"
import type { UpcomingRsvp } from "../../../lib/lifecycle/event-rsvps"

export const claimEventRemindersStepId = "claim-event-reminders"

export type ClaimEventRemindersInput = { now: string; rsvps: UpcomingRsvp[] }
export type ClaimedEventReminder = UpcomingRsvp & { subject_id: string }

/** The claim's subject: one event and one address (an address RSVPed twice, or re-RSVPed, is reminded once). */
export const eventReminderSubject = (eventId: number, email: string) => `event:${eventId}:${email.trim().toLowerCase()}`

/**
 * Claims the reminder of each (event, address) not reminded before, in one
 * statement: of two runs at once PostgreSQL gives each row to one only (ON
 * CONFLICT DO NOTHING), so each reader gets one reminder per event.
 * Undone (the claims given back) when a later step fails as a whole.
 *
 * The marketing opt-out is not read: a reminder answers the reader's own
 * RSVP, about a seat they hold, as an order email answers an order; the
 * issue keeps opt-outs to marketing email. A reader who no longer wants it
 * cancels the RSVP (no reminder is then sent), and LIFECYCLE_EVENT_REMINDER
 * switches it off for everyone.
 */
export const claimEventRemindersStep = createStep(
  claimEventRemindersStepId,
  async (input: ClaimEventRemindersInput, { container }) => {
    const bySubject = new Map<string, UpcomingRsvp>()
    for (const rsvp of input.rsvps) {
      const subject = eventReminderSubject(rsvp.event.id, rsvp.email)
      if (!bySubject.has(subject)) bySubject.set(subject, rsvp)
    }
    if (!bySubject.size) return new StepResponse([] as ClaimedEventReminder[], [] as string[])
    const db = dbOf(container)
    await ensureLifecycleTables(db)
    const subjects = [...bySubject.keys()]
    const { rows } = await db.raw(
      `INSERT INTO lifecycle_email_claim (kind, subject_id, email, sent_at)
       SELECT 'event-reminder', s.subject_id, s.email, :now
       FROM unnest(CAST(:subjects AS text[]), CAST(:emails AS text[])) AS s(subject_id, email)
       ON CONFLICT (kind, subject_id) DO NOTHING
       RETURNING subject_id`,
      { now: new Date(input.now), subjects, emails: subjects.map((s) => bySubject.get(s)!.email.trim().toLowerCase()) }
    )
    const claimed = (rows as { subject_id: string }[]).map((r) => r.subject_id)
    return new StepResponse(
      claimed.map((subject_id): ClaimedEventReminder => ({ ...bySubject.get(subject_id)!, subject_id })),
      claimed
    )
  },
  async (claimed, { container }) => {
    if (!claimed?.length) return
    await releaseClaims(
      dbOf(container),
      "event-reminder",
      claimed.map((subject_id) => ({ subject_id, previous_sent_at: null }))
    )
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"
import { buildEventIcs } from "../../lib/lifecycle/ics"
import { claimEventRemindersStep, type ClaimedEventReminder } from "./steps/claim-event-reminders"
import { listUpcomingEventRsvpsStep, type ListUpcomingEventRsvpsInput } from "./steps/list-upcoming-event-rsvps"
import { sendEventRemindersStep, type EventReminderToSend } from "./steps/send-event-reminders"

export const sendEventRemindersWorkflowId = "send-event-reminders"
export const EVENT_REMINDER_TEMPLATE = "event-reminder"

/** The storefront's page of one event (country-less: the storefront adds the reader's country). */
export const eventPageUrl = (slug: string | null) =>
  `${env.STOREFRONT_PUBLIC_URL}/events${slug ? `/${encodeURIComponent(slug)}` : ""}`

/** The calendar UID of an event: the same in every reminder of it, so a calendar keeps one entry. */
export const eventCalendarUid = (eventId: number) => `event-${eventId}@${new URL(env.STOREFRONT_PUBLIC_URL).hostname}`

/** The reminder of one RSVP: the template's data and the event's .ics, base64 as Medusa's notification attachments carry it. */
export function eventReminderNotification(reminder: ClaimedEventReminder, now: string): EventReminderToSend {
  const { event } = reminder
  const eventUrl = eventPageUrl(event.slug)
  const description = [
    event.summary,
    event.online_url ? `Join online: ${event.online_url}` : null,
    `Event page: ${eventUrl}`,
  ].filter(Boolean).join("\n\n")
  const ics = buildEventIcs({
    uid: eventCalendarUid(event.id),
    title: event.title,
    starts_at: new Date(event.starts_at),
    ends_at: event.ends_at ? new Date(event.ends_at) : null,
    location: event.venue ?? event.online_url,
    url: eventUrl,
    description,
    stamp: new Date(now),
  })
  return {
    subject_id: reminder.subject_id,
    notification: {
      to: reminder.email,
      channel: "email",
      template: EVENT_REMINDER_TEMPLATE,
      // One key per claim, as for the other lifecycle emails (a retry under a failed key is sent twice by Medusa 2.21).
      idempotency_key: `event-reminder:${reminder.subject_id}:${now}`,
      resource_id: String(event.id),
      resource_type: "cms_event",
      data: {
        name: reminder.name,
        event_title: event.title,
        starts_at: event.starts_at,
        time_zone: event.time_zone ?? "UTC",
        venue: event.venue,
        online_url: event.online_url,
        event_url: eventUrl,
      },
      attachments: [
        {
          filename: "event.ics",
          content: Buffer.from(ics, "utf8").toString("base64"),
          content_type: "text/calendar; charset=utf-8; method=PUBLISH",
          disposition: "attachment",
        },
      ],
    },
  }
}

/**
 * One reminder to each active RSVP of an event starting within the next 24
 * hours, with the event's time, place or join link, page and .ics; each
 * (event, address) once. `now` is the run's time (the job's scheduled time;
 * a test's moved clock).
 */
export const sendEventRemindersWorkflow = createWorkflow(sendEventRemindersWorkflowId, (input: ListUpcomingEventRsvpsInput) => {
  const rsvps = listUpcomingEventRsvpsStep(input)
  const claimed = claimEventRemindersStep(transform({ rsvps, input }, ({ rsvps, input }) => ({ now: input.now, rsvps })))
  const reminders = transform({ claimed, input }, ({ claimed, input }) => claimed.map((c) => eventReminderNotification(c, input.now)))
  const result = sendEventRemindersStep(reminders)
  return new WorkflowResponse(result)
})

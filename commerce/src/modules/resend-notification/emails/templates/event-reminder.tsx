/** @jsxImportSource ../jsx */
import { Link, Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** "Saturday, 12 December 2026 at 18:00 GMT+1 (Africa/Lagos)": the event's own time zone, named. */
export function eventTimeLabel(iso: string, timeZone: string): string {
  const at = new Date(iso)
  const format = (zone: string) =>
    new Intl.DateTimeFormat("en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: zone,
      timeZoneName: "short",
    }).format(at)
  try {
    return `${format(timeZone)} (${timeZone})`
  } catch {
    // A zone the runtime does not know: UTC, said plainly, rather than no email.
    return format("UTC")
  }
}

/**
 * event-reminder: the day-before reminder of an event the reader RSVPed to,
 * with its .ics attached. Not marketing: it answers the reader's own RSVP, so
 * it carries no unsubscribe line; cancelling the RSVP stops it.
 */
export const eventReminderEmail = defineEmail({
  schema: z.object({
    name: z.string().nullable().optional(),
    event_title: z.string(),
    starts_at: z.string().datetime({ offset: true }),
    time_zone: z.string(),
    venue: z.string().nullable().optional(),
    online_url: z.string().url().nullable().optional(),
    event_url: z.string().url(),
  }),
  subject: (data) => `Reminder: ${data.event_title} is coming up`,
  Email: (data) => (
    <EmailLayout preview={`${data.event_title}: ${eventTimeLabel(data.starts_at, data.time_zone)}`} heading={`See you soon${data.name ? `, ${data.name}` : ""}`}>
      <Text style={textStyle}>
        You RSVPed to <strong>{data.event_title}</strong>. It starts {eventTimeLabel(data.starts_at, data.time_zone)}.
      </Text>
      {data.venue ? <Text style={textStyle}>Where: {data.venue}</Text> : null}
      {data.online_url ? (
        <Text style={textStyle}>
          Join online: <Link href={data.online_url}>{data.online_url}</Link>
        </Text>
      ) : null}
      <ActionButton href={data.event_url}>View the event</ActionButton>
      <Text style={{ ...mutedStyle, fontSize: "12px" }}>
        The attached calendar file (.ics) adds it to your calendar. Can no longer come? Cancel your RSVP on the event's page so someone else can
        have your seat.
      </Text>
    </EmailLayout>
  ),
})

import Link from "next/link"
import type { Event } from "@/lib/data/events"
import { formatEventTime } from "@/lib/util/dates"
import { safeHref } from "@/lib/util/rich-text"
import PreviewBanner from "@/modules/content/components/preview-banner"
import RichText from "@/modules/content/components/rich-text"
import RsvpPanel from "@/modules/events/components/rsvp-panel"

export default function EventTemplate({ event, countryCode, cmsUrl, preview }: { event: Event; countryCode: string; cmsUrl: string; preview: boolean }) {
  const online = safeHref(event.onlineUrl)
  return (
    <>
      {preview && <PreviewBanner path={`/${countryCode}/events/${event.slug}`} />}
      <article className="container content-page" data-testid="event">
        <header>
          <p>
            <Link href={`/${countryCode}/events`}>← Events</Link>
          </p>
          <h1 data-testid="event-title">{event.title}</h1>
          <dl>
            <dt>When</dt>
            <dd>
              <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.timeZone)}</time>
              {event.endsAt && (
                <>
                  {" – "}
                  <time dateTime={event.endsAt}>{formatEventTime(event.endsAt, event.timeZone)}</time>
                </>
              )}
            </dd>
            {event.venue && (
              <>
                <dt>Where</dt>
                <dd>{event.venue}</dd>
              </>
            )}
            {online && (
              <>
                <dt>Online</dt>
                <dd>
                  <a href={online} rel="noopener noreferrer" target="_blank">
                    Join online
                  </a>
                </dd>
              </>
            )}
          </dl>
        </header>
        <RsvpPanel slug={event.slug} countryCode={countryCode} />
        <RichText document={event.description} countryCode={countryCode} cmsUrl={cmsUrl} testId="event-description" />
      </article>
    </>
  )
}

import type { Event } from "@/lib/data/events"
import { formatEventRange } from "@/lib/util/dates"
import { safeHref } from "@/lib/util/rich-text"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import PreviewBanner from "@/modules/content/components/preview-banner"
import RichText from "@/modules/content/components/rich-text"
import RsvpPanel from "@/modules/events/components/rsvp-panel"
import styles from "./styles.module.css"

export default function EventTemplate({ event, countryCode, cmsUrl, preview }: { event: Event; countryCode: string; cmsUrl: string; preview: boolean }) {
  const online = safeHref(event.onlineUrl)
  return (
    <>
      {preview && <PreviewBanner path={`/${countryCode}/events/${event.slug}`} />}
      <PageContainer as="article" data-testid="event">
        <PageHeader trail={[{ href: `/${countryCode}/events`, label: "Events" }]} title={event.title} titleTestId="event-title" />
        <div className={styles.layout}>
          <aside className={styles.side} aria-label="When and where">
            <Card>
              <dl className={styles.facts}>
                <div>
                  <dt>When</dt>
                  <dd>
                    <time dateTime={event.startsAt}>{formatEventRange(event.startsAt, event.endsAt, event.timeZone)}</time>
                  </dd>
                </div>
                {event.venue && (
                  <div>
                    <dt>Where</dt>
                    <dd>{event.venue}</dd>
                  </div>
                )}
                {online && (
                  <div>
                    <dt>Online</dt>
                    <dd>
                      <a href={online} rel="noopener noreferrer" target="_blank">
                        Join online
                      </a>
                    </dd>
                  </div>
                )}
              </dl>
            </Card>
            <RsvpPanel slug={event.slug} countryCode={countryCode} />
          </aside>
          <RichText document={event.description} countryCode={countryCode} cmsUrl={cmsUrl} testId="event-description" />
        </div>
      </PageContainer>
    </>
  )
}

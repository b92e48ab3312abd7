import { z } from "zod"
import { callCms, CmsUnavailable } from "../cms-service"

/** How long one page of RSVPs may take before the run gives up (and the next run asks again). */
const CMS_TIMEOUT_MS = 10_000
const PAGE = 500
/** A run reads at most this many pages (100,000 RSVPs); a cursor that never ends is the cms's bug, not a reason to loop forever. */
const MAX_PAGES = 200

const CmsRsvp = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
  email: z.string().email(),
  event: z.object({
    id: z.number().int(),
    title: z.string(),
    slug: z.string().nullable(),
    starts_at: z.string().datetime({ offset: true }),
    ends_at: z.string().datetime({ offset: true }).nullable(),
    time_zone: z.string().nullable(),
    venue: z.string().nullable(),
    online_url: z.string().url().nullable(),
    summary: z.string().nullable(),
  }),
})
const CmsPage = z.object({ rsvps: z.array(CmsRsvp), next: z.string().nullable() })

/** One active RSVP of a published event, as the cms's /api/event-reminders answers it. */
export type UpcomingRsvp = z.infer<typeof CmsRsvp>

/** The cms could not say who RSVPed: nothing is sent this run, the next run asks again. */
export { CmsUnavailable }

/**
 * Every active RSVP of the published events starting after `from` and at or
 * before `to`, read from the cms with commerce's service-account key, page
 * after page.
 */
export async function listUpcomingEventRsvps(from: Date, to: Date): Promise<UpcomingRsvp[]> {
  const all: UpcomingRsvp[] = []
  let after: string | null = null
  for (let page = 0; page < MAX_PAGES; page++) {
    const query: Record<string, string> = { from: from.toISOString(), to: to.toISOString(), limit: String(PAGE) }
    if (after) query.after = after
    const answer = await callCms<unknown>("/api/event-reminders", { query, timeoutMs: CMS_TIMEOUT_MS })
    const parsed = CmsPage.safeParse(answer)
    if (!parsed.success) throw new CmsUnavailable(`The cms's answer is not a page of RSVPs: ${parsed.error.issues[0]?.message}.`)
    all.push(...parsed.data.rsvps)
    after = parsed.data.next
    if (!after) return all
  }
  throw new CmsUnavailable(`The cms kept paging past ${MAX_PAGES * PAGE} RSVPs.`)
}

import { callCms } from "../cms-service"
import type { Window } from "./period"

/** How long the Insights page waits for the cms before showing the rest without it. */
const CMS_TIMEOUT_MS = 4_000

export type CmsEvent = {
  id: number | string
  title: string
  slug: string | null
  starts_at: string
  capacity: number | null
  registered: number
  cancelled: number
}
export type NewsletterWeek = { week: string; signed_up: number; confirmed: number; unsubscribed: number }
export type CmsAudience = {
  events: CmsEvent[]
  newsletter: { confirmed: number; pending: number; unsubscribed: number; weekly: NewsletterWeek[] }
}
export type CmsRsvp = {
  id: number | string
  created_at: string
  event_title: string
  event_starts_at: string
  name: string
  email: string
  status: string
  customer_id: string
}

/** The cms could not answer: the page shows everything else and this sentence. */
export { CmsUnavailable } from "../cms-service"

/** A GET on the cms's insights endpoints with the commerce service account's API key. */
const cmsGet = <T>(path: string, query: Record<string, string>) => callCms<T>(`/api/insights/${path}`, { query, timeoutMs: CMS_TIMEOUT_MS })

/** Events from the period's start on, with their RSVPs against capacity, and the newsletter's subscribers week by week. */
export const cmsAudience = (window: Window) =>
  cmsGet<CmsAudience>("audience", { from: window.from.toISOString(), to: window.to.toISOString() })

/** One batch of the period's RSVPs, oldest first, after the `after` cursor the previous batch returned. */
export const cmsRsvps = (window: Window, after: string | null, limit: number) =>
  cmsGet<{ rsvps: CmsRsvp[]; next: string | null }>("rsvps", {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    limit: String(limit),
    ...(after ? { after } : {}),
  })

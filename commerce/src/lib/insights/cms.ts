import { env } from "../env"
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
export class CmsUnavailable extends Error {}

/** A GET on the cms's insights endpoints with the commerce service account's API key. */
async function cmsGet<T>(path: string, params: Record<string, string>): Promise<T> {
  if (!env.CMS_URL || !env.CMS_API_KEY) throw new CmsUnavailable("The cms is not configured for commerce (CMS_URL, CMS_API_KEY).")
  const url = new URL(`/api/insights/${path}`, env.CMS_URL)
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value)
  let res: Response
  try {
    res = await fetch(url, {
      headers: { authorization: `users API-Key ${env.CMS_API_KEY}`, accept: "application/json" },
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    })
  } catch (error) {
    throw new CmsUnavailable(`The cms did not answer (${(error as Error).name === "TimeoutError" ? "timed out" : "unreachable"}).`)
  }
  if (res.status === 401 || res.status === 403) throw new CmsUnavailable(`The cms refused commerce's API key (${res.status}).`)
  if (!res.ok) throw new CmsUnavailable(`The cms answered ${res.status}.`)
  return (await res.json()) as T
}

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

import type { Logger } from "@medusajs/framework/types"
import { env } from "../env"
import { cmsPath } from "../search/cms-documents"

/** A blog post or event in the community feed, as the cms publishes it. */
export type CmsFeedItem = {
  kind: "post" | "event"
  id: string
  /** When it appeared (a post's publishedAt, an event's creation), ISO to the microsecond like the community's rows. */
  at_key: string
  title: string
  path: string
  summary: string | null
  starts_at: string | null
}

type CmsDoc = { id: number | string; slug: string; title: string; excerpt?: string | null; venue?: string | null; publishedAt?: string | null; startsAt?: string | null; createdAt?: string }

/** How many of each the feed shows: the newest ones, not an archive. */
export const CMS_FEED_ITEMS = 10
const CMS_TIMEOUT_MS = 1500

const microsecondKey = (iso: string) => new Date(iso).toISOString().replace("Z", "000Z")

/**
 * The newest published posts or events, read as an anonymous visitor (the
 * cms's access control answers published documents only). A cms that is
 * down, slow or answering nonsense costs the feed these items, never the page.
 */
async function newest(kind: "post" | "event", logger: Logger): Promise<CmsFeedItem[]> {
  const url = new URL(kind === "post" ? "/api/posts" : "/api/events", env.CMS_URL)
  url.search = new URLSearchParams({ depth: "0", limit: String(CMS_FEED_ITEMS), sort: kind === "post" ? "-publishedAt" : "-createdAt" }).toString()
  try {
    const res = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(CMS_TIMEOUT_MS) })
    if (!res.ok) throw new Error(`it answered ${res.status}`)
    const { docs } = (await res.json()) as { docs: CmsDoc[] }
    return docs.flatMap((doc) => {
      const at = kind === "post" ? doc.publishedAt : doc.createdAt
      if (!at || !doc.slug || Number.isNaN(Date.parse(at))) return []
      return [{
        kind,
        id: `cms_${kind}_${doc.id}`,
        at_key: microsecondKey(at),
        title: doc.title,
        path: cmsPath(kind, doc.slug),
        summary: (kind === "post" ? doc.excerpt : doc.venue) ?? null,
        starts_at: kind === "event" ? doc.startsAt ?? null : null,
      }]
    })
  } catch (error) {
    logger.warn(`Community feed without the cms's ${kind}s: ${(error as Error).message}`)
    return []
  }
}

let cached: { url: string; until: number; items: CmsFeedItem[] } | undefined
let refreshing: { url: string; items: Promise<CmsFeedItem[]> } | undefined

/** Asks the cms (once at a time for one address) and keeps what it answered. */
function refresh(logger: Logger): Promise<CmsFeedItem[]> {
  const url = env.CMS_URL!
  if (refreshing?.url === url) return refreshing.items
  const keep = env.COMMUNITY_FEED_CMS_CACHE_SECONDS * 1000
  const pending = { url, items: Promise.all([newest("post", logger), newest("event", logger)]).then(([posts, events]) => [...posts, ...events]) }
  refreshing = pending
  pending.items
    .then((items) => {
      cached = { url, until: Date.now() + keep, items }
    })
    .catch(() => {})
    .finally(() => {
      if (refreshing === pending) refreshing = undefined
    })
  return pending.items
}

/**
 * The cms's newest posts and events (in no order); shared by every reader and
 * kept COMMUNITY_FEED_CMS_CACHE_SECONDS. Once kept, a feed never waits for the
 * cms again: past that time it gets the kept items while one refresh runs
 * beside it (only the process's first feed, or every one with 0 seconds,
 * waits, at most the cms's timeout).
 */
export function recentCmsItems(logger: Logger): Promise<CmsFeedItem[]> {
  if (!env.CMS_URL) return Promise.resolve([])
  if (!env.COMMUNITY_FEED_CMS_CACHE_SECONDS || cached?.url !== env.CMS_URL) return refresh(logger)
  if (Date.now() >= cached.until) refresh(logger).catch(() => {})
  return Promise.resolve(cached.items)
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recentCmsItems } from "../../../../lib/community/feed-cms"
import { communityOf, viewerOf } from "../read"
import type { StoreListFeedType } from "../validators"
import { decodeFeedCursor, encodeFeedCursor, newestFirst, olderThan, presentFeedItem, type FeedEntry } from "./present"

/** A visitor's feed is the same for every visitor: shared caches may keep it this long. */
const PUBLIC_FEED_MAX_AGE_SECONDS = 15

/**
 * What is new in the community for this reader, newest first, paged by
 * cursor: discussions they may read, replies in threads they took part in,
 * new members of their groups, badges members show, and the cms's newest
 * posts and events (left out when the cms does not answer). `following`:
 * what the members and threads they follow did.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListFeedType>, res: MedusaResponse) {
  const { filter, limit, cursor } = req.validatedQuery
  const customerId = req.auth_context?.actor_id
  if (filter === "following" && !customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to see what you follow (filter=following)")
  }
  const before = cursor ? decodeFeedCursor(cursor) : undefined
  const viewer = await viewerOf(req.scope, customerId)
  const [rows, cms] = await Promise.all([
    filter === "following" && !viewer
      ? []
      : communityOf(req.scope).activityFeed({ viewer_id: viewer?.id ?? null, filter, before, limit: limit + 1 }),
    filter === "following" ? [] : recentCmsItems(req.scope.resolve(ContainerRegistrationKeys.LOGGER)),
  ])
  const items: FeedEntry[] = [...rows, ...cms.filter((item) => olderThan(item, before))].sort(newestFirst).slice(0, limit + 1)
  const page = items.slice(0, limit)
  res.setHeader("Cache-Control", customerId ? "private, no-store" : `public, max-age=${PUBLIC_FEED_MAX_AGE_SECONDS}`)
  res.setHeader("Vary", "Authorization, Cookie")
  res.json({
    items: page.map(presentFeedItem),
    next_cursor: items.length > limit ? encodeFeedCursor(page[page.length - 1]) : null,
  })
}

import "server-only"
import { env } from "../env"
import { PUBLIC_REVALIDATE_SECONDS } from "../medusa"
import { HttpError } from "../util/errors"

/** The fields of a Payload post the storefront shows in lists. */
export type PostSummary = {
  id: number | string
  title: string
  slug: string
  excerpt?: string | null
  publishedAt?: string | null
}

type PayloadList<T> = { docs: T[]; totalDocs: number; page?: number; totalPages: number }

/** The newest published posts, newest first. */
export async function listLatestPosts(limit = 3): Promise<PostSummary[]> {
  const query = new URLSearchParams({
    "where[_status][equals]": "published",
    sort: "-publishedAt",
    limit: String(limit),
    depth: "0",
    "select[title]": "true",
    "select[slug]": "true",
    "select[excerpt]": "true",
    "select[publishedAt]": "true",
  })
  const res = await fetch(`${env.CMS_URL}/api/posts?${query}`, {
    next: { revalidate: PUBLIC_REVALIDATE_SECONDS, tags: ["posts"] },
    cache: "force-cache",
    signal: AbortSignal.timeout(5000),
  })
  if (!res.ok) throw new HttpError(res.status, `cms answered ${res.status} for the latest posts`)
  const body = (await res.json()) as PayloadList<PostSummary>
  return body.docs
}

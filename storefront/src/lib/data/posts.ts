import "server-only"
import { cacheTags, publicFetchOptions } from "../cache"
import { env } from "../env"
import { HttpError } from "../util/errors"

/** The fields of a Payload post that lists show (the cms's `posts` collection). */
export type PostSummary = {
  id: number | string
  title: string
  slug: string
  excerpt?: string | null
  publishedAt?: string | null
}

type PayloadList<T> = { docs: T[]; totalDocs: number; totalPages: number; page?: number }

const SUMMARY_FIELDS = ["title", "slug", "excerpt", "publishedAt"] as const

/** The newest published posts, newest first; sorted and limited by Payload. */
export async function listLatestPosts(limit = 3): Promise<PostSummary[]> {
  const query = new URLSearchParams({
    "where[_status][equals]": "published",
    sort: "-publishedAt",
    limit: String(limit),
    depth: "0",
  })
  for (const field of SUMMARY_FIELDS) query.set(`select[${field}]`, "true")
  const res = await fetch(`${env.CMS_URL}/api/posts?${query}`, publicFetchOptions(cacheTags.posts))
  if (!res.ok) throw new HttpError(res.status, `cms answered ${res.status} for the latest posts`)
  const body = (await res.json()) as PayloadList<PostSummary>
  return body.docs
}

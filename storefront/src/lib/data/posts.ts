import "server-only"
import { cacheTags } from "../cache"
import { cmsRead, isPreviewing, payloadQuery, type PayloadList } from "../cms"
import type { RichTextDocument } from "../util/rich-text"
import type { Category } from "./categories"

/** The fields of a Payload post that lists show (the cms's `posts` collection). */
export type PostSummary = {
  id: number | string
  title: string
  slug: string
  excerpt?: string | null
  publishedAt?: string | null
}

export type Post = PostSummary & {
  content: RichTextDocument
  heroImage?: unknown
  categories?: (Category | number)[] | null
  tags?: string[] | null
  updatedAt?: string
  _status?: "draft" | "published" | null
  meta?: { title?: string | null; description?: string | null; image?: unknown } | null
}

export const POSTS_PER_PAGE = 6
const SUMMARY_FIELDS = ["title", "slug", "excerpt", "publishedAt"] as const

function summaryQuery(pairs: Record<string, string | number | undefined>) {
  const query = payloadQuery({ "where[_status][equals]": "published", sort: "-publishedAt", depth: 0, ...pairs })
  for (const field of SUMMARY_FIELDS) query.set(`select[${field}]`, "true")
  return query
}

/** The newest published posts, newest first; sorted and limited by Payload. */
export async function listLatestPosts(limit = 3): Promise<PostSummary[]> {
  const { docs } = await cmsRead<PayloadList<PostSummary>>("posts", summaryQuery({ limit }), [cacheTags.posts])
  return docs
}

export type PostFilter = { page?: number; category?: string; tag?: string }

/**
 * One page of published posts, newest first, optionally in one category (by
 * slug) or with one tag. Filtering and paging are done by Payload.
 */
export async function listPosts({ page = 1, category, tag }: PostFilter = {}): Promise<PayloadList<PostSummary>> {
  const query = summaryQuery({
    limit: POSTS_PER_PAGE,
    page,
    "where[categories.slug][equals]": category,
    "where[tags][in]": tag,
  })
  return cmsRead<PayloadList<PostSummary>>("posts", query, [cacheTags.posts, cacheTags.categories])
}

/** Every published post's slug and dates, for the sitemap and the feed (newest first, at most 500). */
export async function listAllPosts(): Promise<(PostSummary & { updatedAt?: string })[]> {
  const query = summaryQuery({ limit: 500 })
  query.set("select[updatedAt]", "true")
  const { docs } = await cmsRead<PayloadList<PostSummary & { updatedAt?: string }>>("posts", query, [cacheTags.posts])
  return docs
}

/**
 * One post by slug, with its images and categories. Readers get the published
 * post (null for a draft); an editor in preview gets the newest draft.
 */
export async function retrievePost(slug: string): Promise<Post | null> {
  const draft = await isPreviewing()
  const query = payloadQuery({ "where[slug][equals]": slug, limit: 1, depth: 1 })
  if (!draft) query.set("where[_status][equals]", "published")
  const { docs } = await cmsRead<PayloadList<Post>>("posts", query, [cacheTags.post(slug)], { draft })
  return docs[0] ?? null
}

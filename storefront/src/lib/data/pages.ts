import "server-only"
import { cacheTags } from "../cache"
import { cmsRead, isPreviewing, payloadQuery, type PayloadList } from "../cms"
import type { RichTextDocument } from "../util/rich-text"

type Block<T extends string, F> = { id?: string | null; blockType: T; blockName?: string | null } & F
type Link = { label?: string | null; url?: string | null }

export type PageBlock =
  | Block<"hero", { heading: string; subheading?: string | null; media?: unknown; cta?: Link | null }>
  | Block<"richText", { content: RichTextDocument }>
  | Block<"featuredBooks", { heading: string; productHandles: { handle: string }[] }>
  | Block<"courseCard", { heading?: string | null; courseHandle: string }>
  | Block<"latestPosts", { heading: string; limit: number }>
  | Block<"callToAction", { heading: string; text?: string | null; label: string; url: string }>
  | Block<"newsletterSignup", { heading: string; text?: string | null }>

export type Page = {
  id: number
  title: string
  slug: string
  layout: PageBlock[]
  updatedAt?: string
  meta?: { title?: string | null; description?: string | null; image?: unknown } | null
}

/** One page by slug: published for readers, the newest draft in preview. */
export async function retrievePage(slug: string): Promise<Page | null> {
  const draft = await isPreviewing()
  const query = payloadQuery({ "where[slug][equals]": slug, limit: 1, depth: 1 })
  if (!draft) query.set("where[_status][equals]", "published")
  const { docs } = await cmsRead<PayloadList<Page>>("pages", query, [cacheTags.page(slug)], { draft })
  return docs[0] ?? null
}

/** Every published page's slug, for the sitemap. */
export async function listAllPages(): Promise<Pick<Page, "slug" | "updatedAt">[]> {
  const query = payloadQuery({
    "where[_status][equals]": "published",
    limit: 500,
    depth: 0,
    "select[slug]": "true",
    "select[updatedAt]": "true",
  })
  const { docs } = await cmsRead<PayloadList<Page>>("pages", query, [cacheTags.pages])
  return docs
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { env } from "../env"
import { SEARCH_MODULE } from "../../modules/search"
import type SearchModuleService from "../../modules/search/service"
import type { SearchDocumentInput } from "../../modules/search/service"
import { plainText } from "./rich-text"

export const CMS_SEARCH_KINDS = ["post", "event", "page"] as const
export type CmsSearchKind = (typeof CMS_SEARCH_KINDS)[number]

const COLLECTION: Record<CmsSearchKind, string> = { post: "posts", event: "events", page: "pages" }

type CmsDoc = {
  id: number | string
  slug: string
  title: string
  excerpt?: string | null
  content?: unknown
  description?: unknown
  layout?: unknown
  venue?: string | null
  publishedAt?: string | null
  startsAt?: string | null
  meta?: { description?: string | null } | null
}

/** Where the storefront shows a cms document (as the cms's own previewUrl says). */
export const cmsPath = (kind: CmsSearchKind, slug: string) =>
  kind === "post" ? `/blog/${slug}` : kind === "event" ? `/events/${slug}` : slug === "home" ? "/" : `/${slug}`

export function cmsDocument(kind: CmsSearchKind, doc: CmsDoc): SearchDocumentInput {
  const body = plainText(kind === "post" ? doc.content : kind === "event" ? doc.description : doc.layout)
  return {
    kind,
    source_id: String(doc.id),
    title: doc.title,
    summary: (kind === "event" ? doc.venue : doc.excerpt ?? doc.meta?.description) ?? null,
    body: body || null,
    url_path: cmsPath(kind, doc.slug),
    published_at: doc.publishedAt ?? null,
    starts_at: kind === "event" ? doc.startsAt ?? null : null,
  }
}

/**
 * Published documents of a collection, read as an anonymous reader would:
 * the cms's access control answers only published, non-draft documents, so
 * nothing a reader may not see can reach the index this way.
 */
export async function readPublishedCmsDocs(kind: CmsSearchKind, where: Record<string, string>, page = 1) {
  if (!env.CMS_URL) throw new Error("CMS_URL is not set: commerce cannot read the cms")
  const url = new URL(`/api/${COLLECTION[kind]}`, env.CMS_URL)
  url.search = new URLSearchParams({ depth: "0", limit: "100", page: String(page), ...where }).toString()
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
  if (!res.ok) throw new Error(`The cms answered ${res.status} for ${url.pathname}`)
  return (await res.json()) as { docs: CmsDoc[]; hasNextPage: boolean }
}

/**
 * The cms said `<kind>:<slug>` changed: index the published document under
 * that slug, or remove what the index holds there (unpublished, deleted, or
 * an old slug after a rename).
 */
export async function indexCmsSlug(container: MedusaContainer, kind: CmsSearchKind, slug: string): Promise<void> {
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  const { docs } = await readPublishedCmsDocs(kind, { "where[slug][equals]": slug })
  if (docs[0]) await search.indexDocuments([cmsDocument(kind, docs[0])])
  else await search.removeDocumentAtPath(kind, cmsPath(kind, slug))
}

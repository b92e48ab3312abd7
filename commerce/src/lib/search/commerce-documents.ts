import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../modules/community"
import type CommunityModuleService from "../../modules/community/service"
import { SEARCH_MODULE } from "../../modules/search"
import type SearchModuleService from "../../modules/search/service"
import type { SearchDocumentInput } from "../../modules/search/service"
import type { BookFormat } from "../../modules/search/lib/ranked-query"

const searchOf = (container: MedusaContainer) => container.resolve<SearchModuleService>(SEARCH_MODULE)
const queryOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.QUERY)

/** Option values that make a book "print" or "ebook" (as the catalogue reads them). */
const FORMAT_OF: Record<string, BookFormat> = { hardcover: "print", paperback: "print", ebook: "ebook" }

/** The formats a book comes in, from its "Format" option's values. */
const formatsOf = (options: ({ title?: string | null; values?: ({ value?: string | null } | null)[] | null } | null)[]) => [
  ...new Set(
    options
      .filter((o) => o?.title?.toLowerCase() === "format")
      .flatMap((o) => (o?.values ?? []).map((v) => FORMAT_OF[v?.value?.toLowerCase() ?? ""]))
      .filter((f): f is BookFormat => !!f)
  ),
]

/**
 * Books: published products that are not a course's product (a course is
 * indexed as a course). Anything else among `ids` (a draft, a deleted
 * product) leaves the index.
 */
export async function indexProducts(container: MedusaContainer, ids: string[]): Promise<void> {
  if (!ids.length) return
  const { data } = await queryOf(container).graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "subtitle",
      "description",
      "handle",
      "status",
      "metadata",
      "created_at",
      "course.id",
      "categories.handle",
      "categories.is_active",
      "categories.is_internal",
      "options.title",
      "options.values.value",
    ],
    filters: { id: ids },
  })
  const books = data.filter((p) => p.status === "published" && !(p as { course?: { id?: string } | null }).course?.id)
  const documents: SearchDocumentInput[] = books.map((p) => {
    const author = typeof p.metadata?.author === "string" ? p.metadata.author : null
    return {
      kind: "book",
      source_id: p.id,
      title: p.title,
      summary: [p.subtitle, author].filter(Boolean).join(" — ") || null,
      body: p.description ?? null,
      url_path: `/products/${p.handle}`,
      product_id: p.id,
      published_at: p.created_at as Date,
      categories: (p.categories ?? []).flatMap((c) => (c && c.is_active && !c.is_internal ? [c.handle] : [])),
      formats: formatsOf(p.options ?? []),
    }
  })
  await searchOf(container).indexDocuments(documents)
  const kept = new Set(documents.map((d) => d.source_id))
  await searchOf(container).removeDocuments("book", ids.filter((id) => !kept.has(id)))
}

type CourseRow = {
  id: string
  title: string
  handle: string
  description?: string | null
  status: string
  created_at?: Date | string
  product?: { id: string } | null
  sections?: { lessons?: { title: string }[] }[]
}

/** Courses: published ones, with their lesson titles as body; a draft or deleted course leaves. */
export async function indexCourses(container: MedusaContainer, ids: string[]): Promise<void> {
  if (!ids.length) return
  const { data } = await queryOf(container).graph({
    entity: "course",
    fields: ["id", "title", "handle", "description", "status", "created_at", "product.id", "sections.lessons.title"],
    filters: { id: ids },
  })
  const courses = (data as CourseRow[]).filter((c) => c.status === "published")
  const documents: SearchDocumentInput[] = courses.map((c) => ({
    kind: "course",
    source_id: c.id,
    title: c.title,
    summary: c.description ?? null,
    body: (c.sections ?? []).flatMap((s) => (s.lessons ?? []).map((l) => l.title)).join(". ") || null,
    url_path: `/courses/${c.handle}`,
    product_id: c.product?.id ?? null,
    published_at: c.created_at ?? null,
  }))
  await searchOf(container).indexDocuments(documents)
  const kept = new Set(documents.map((d) => d.source_id))
  await searchOf(container).removeDocuments("course", ids.filter((id) => !kept.has(id)))
}

/**
 * Community discussions everyone may read (visible ones, outside private
 * groups); a hidden or deleted one, or one whose group became private, leaves.
 */
export async function indexDiscussions(container: MedusaContainer, ids: string[]): Promise<void> {
  if (!ids.length) return
  const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
  const rows = await community.listCommunityDiscussions({ id: ids }, { relations: ["category"] })
  const groupIds = [...new Set(rows.flatMap((d) => (d.group_id ? [d.group_id] : [])))]
  const closed = new Set(
    groupIds.length ? (await community.listCommunityGroups({ id: groupIds, visibility: "private" }, { select: ["id"], withDeleted: true })).map((g) => g.id) : []
  )
  const documents: SearchDocumentInput[] = rows
    .filter((d) => d.visibility === "visible" && d.category && !(d.group_id && closed.has(d.group_id)))
    .map((d) => ({
      kind: "discussion",
      source_id: d.id,
      title: d.title,
      body: d.body,
      url_path: `/community/${d.category.slug}/${d.id}`,
      published_at: d.created_at as Date,
    }))
  await searchOf(container).indexDocuments(documents)
  const kept = new Set(documents.map((d) => d.source_id))
  await searchOf(container).removeDocuments("discussion", ids.filter((id) => !kept.has(id)))
}

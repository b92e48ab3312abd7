import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { DISCUSSIONS_PER_PAGE, listCommunityCategories, listDiscussions } from "@/lib/data/community"
import CommunityCategoryPage from "@/modules/community/templates/community-category"

// The community is read per request: what a member sees depends on who they are.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Community" }

type Search = { sort?: string | string[]; page?: string | string[] }
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

// Read per visitor (moderators see hidden posts), so rendered per request.
export default async function CategoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string; category: string }>
  searchParams: Promise<Search>
}) {
  const { countryCode, category } = await params
  const search = await searchParams
  const sort = first(search.sort) === "newest" ? "newest" : "active"
  const page = Math.min(500, Math.max(1, Number.parseInt(first(search.page) ?? "1", 10) || 1))
  // An archived category is in no list, but its page (and its discussions) stay readable.
  const [categories, list] = await Promise.all([listCommunityCategories({ includeArchived: true }), listDiscussions({ category, sort, page })])
  const current = categories.find((c) => c.slug === category)
  if (!current || !list) notFound()
  const pages = Math.max(1, Math.ceil(list.count / DISCUSSIONS_PER_PAGE))
  return <CommunityCategoryPage countryCode={countryCode} category={current} discussions={list.discussions} sort={sort} page={page} pages={pages} />
}

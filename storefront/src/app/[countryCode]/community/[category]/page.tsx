import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { DISCUSSIONS_PER_PAGE, listCommunityCategories, listDiscussions } from "@/lib/data/community"

export const metadata: Metadata = { title: "Community" }

type Search = { sort?: string | string[]; page?: string | string[] }
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

// Read per visitor (moderators see hidden posts), so rendered per request.
export default async function CommunityCategoryPage({
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
  const [categories, list] = await Promise.all([listCommunityCategories(), listDiscussions({ category, sort, page })])
  const current = categories.find((c) => c.slug === category)
  if (!current || !list) notFound()
  const pages = Math.max(1, Math.ceil(list.count / DISCUSSIONS_PER_PAGE))
  const href = (p: number, s: string = sort) => `/${countryCode}/community/${category}?${new URLSearchParams({ sort: s, page: String(p) })}`
  return (
    <section aria-labelledby="category-heading">
      <p>
        <Link href={`/${countryCode}/community`}>Community</Link>
      </p>
      <h1 id="category-heading">{current.name}</h1>
      {current.description && <p>{current.description}</p>}
      <p>
        <Link href={`/${countryCode}/community/new?${new URLSearchParams({ category })}`} className="button" data-testid="start-discussion">
          Start a discussion
        </Link>
      </p>
      <nav aria-label="Sort discussions">
        {sort === "active" ? <strong aria-current="true">Most active</strong> : <Link href={href(1, "active")}>Most active</Link>}
        {" · "}
        {sort === "newest" ? <strong aria-current="true">Newest</strong> : <Link href={href(1, "newest")}>Newest</Link>}
      </nav>
      {list.discussions.length === 0 ? (
        <p className="notice">No discussions here yet.</p>
      ) : (
        <ul className="post-list" data-testid="community-discussions">
          {list.discussions.map((d) => (
            <li key={d.id} className="post-card">
              <h2>
                <Link href={`/${countryCode}/community/${category}/${d.id}`}>{d.title}</Link>
              </h2>
              <p>
                {d.author?.display_name ?? "A former member"} · {d.reply_count} {d.reply_count === 1 ? "reply" : "replies"}
                {d.pinned && " · pinned"}
                {d.locked && " · locked"}
                {d.visibility === "hidden" && " · hidden"}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="Pages">
          {page > 1 && <Link href={href(page - 1)}>Previous</Link>} Page {page} of {pages}{" "}
          {page < pages && <Link href={href(page + 1)}>Next</Link>}
        </nav>
      )}
    </section>
  )
}

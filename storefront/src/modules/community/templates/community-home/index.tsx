import Link from "next/link"
import type { CommunityCategory, DiscussionSummary } from "@/lib/data/community"

type Props = { countryCode: string; categories: CommunityCategory[]; discussions: DiscussionSummary[]; q?: string }

/** Categories, a search box and the most recently active discussions (or the search's hits). */
export default function CommunityHome({ countryCode, categories, discussions, q }: Props) {
  return (
    <section aria-labelledby="community-heading">
      <h1 id="community-heading">Community</h1>
      <p>
        <Link href={`/${countryCode}/community/new`} className="button" data-testid="start-discussion">
          Start a discussion
        </Link>{" "}
        <Link href={`/${countryCode}/community/me`} data-testid="my-community">
          Your profile and activity
        </Link>
      </p>
      <form role="search" action={`/${countryCode}/community`} method="get">
        <label htmlFor="community-q">Search discussions</label>{" "}
        <input id="community-q" name="q" type="search" defaultValue={q ?? ""} maxLength={100} />{" "}
        <button type="submit">Search</button>
      </form>
      <h2>Categories</h2>
      <ul data-testid="community-categories">
        {categories.map((c) => (
          <li key={c.id}>
            <Link href={`/${countryCode}/community/${c.slug}`}>{c.name}</Link>
            {c.description && <> — {c.description}</>}
          </li>
        ))}
      </ul>
      <h2>{q ? `Discussions matching “${q}”` : "Latest discussions"}</h2>
      {discussions.length === 0 ? (
        <p className="notice">{q ? "No discussion matches that search." : "No discussions yet."}</p>
      ) : (
        <ul className="post-list" data-testid="community-discussions">
          {discussions.map((d) => (
            <li key={d.id} className="post-card">
              <h3>
                <Link href={`/${countryCode}/community/${d.category?.slug ?? "general"}/${d.id}`}>{d.title}</Link>
              </h3>
              <p>
                {d.author?.display_name ?? "A former member"} · {d.reply_count} {d.reply_count === 1 ? "reply" : "replies"} · last activity{" "}
                <time dateTime={d.last_activity_at}>{new Date(d.last_activity_at).toLocaleDateString("en-GB")}</time>
                {d.pinned && " · pinned"}
                {d.locked && " · locked"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

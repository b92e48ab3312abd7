import Link from "next/link"
import type { Activity } from "@/lib/data/community"

/** A member's latest discussions and replies, each linked to its discussion. */
export default function ActivityList({ countryCode, activity, who }: { countryCode: string; activity: Activity; who: string }) {
  const href = (slug: string | null | undefined, id: string) => `/${countryCode}/community/${slug ?? "general"}/${id}`
  return (
    <>
      <h2>Discussions</h2>
      {activity.discussions.length === 0 ? (
        <p>{who} started no discussions yet.</p>
      ) : (
        <ul data-testid="activity-discussions">
          {activity.discussions.map((d) => (
            <li key={d.id}>
              <Link href={href(d.category?.slug, d.id)}>{d.title}</Link> · {d.reply_count} {d.reply_count === 1 ? "reply" : "replies"}
              {d.visibility === "hidden" && " · hidden"}
            </li>
          ))}
        </ul>
      )}
      <h2>Replies</h2>
      {activity.replies.length === 0 ? (
        <p>{who} wrote no replies yet.</p>
      ) : (
        <ul data-testid="activity-replies">
          {activity.replies.map((r) => (
            <li key={r.id}>
              In <Link href={`${href(r.discussion.category.slug, r.discussion.id)}#reply-${r.id}`}>{r.discussion.title}</Link>,{" "}
              <time dateTime={r.created_at}>{new Date(r.created_at).toLocaleDateString("en-GB")}</time>
              {r.visibility === "hidden" && " · hidden"}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

import Link from "next/link"
import type { Activity } from "@/lib/data/community"
import { formatDate } from "@/lib/util/dates"
import Badge from "@/modules/common/components/badge"
import styles from "./activity-list.module.css"

/** A member's latest discussions and replies, each linked to its discussion. */
export default function ActivityList({ countryCode, activity, who }: { countryCode: string; activity: Activity; who: string }) {
  const href = (slug: string | null | undefined, id: string) => `/${countryCode}/community/${slug ?? "general"}/${id}`
  return (
    <div className={styles.columns}>
      <section aria-labelledby="activity-discussions-heading">
        <h3 id="activity-discussions-heading" className={styles.heading}>
          Discussions
        </h3>
        {activity.discussions.length === 0 ? (
          <p className={styles.none}>{who} started no discussions yet.</p>
        ) : (
          <ul className={styles.list} data-testid="activity-discussions">
            {activity.discussions.map((d) => (
              <li key={d.id}>
                <Link href={href(d.category?.slug, d.id)}>{d.title}</Link>
                <span className={styles.meta}>
                  {d.reply_count} {d.reply_count === 1 ? "reply" : "replies"}
                  {d.visibility === "hidden" && (
                    <>
                      {" "}
                      <Badge tone="danger">Hidden</Badge>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="activity-replies-heading">
        <h3 id="activity-replies-heading" className={styles.heading}>
          Replies
        </h3>
        {activity.replies.length === 0 ? (
          <p className={styles.none}>{who} wrote no replies yet.</p>
        ) : (
          <ul className={styles.list} data-testid="activity-replies">
            {activity.replies.map((r) => (
              <li key={r.id}>
                <span>
                  In <Link href={`${href(r.discussion.category.slug, r.discussion.id)}#reply-${r.id}`}>{r.discussion.title}</Link>
                </span>
                <span className={styles.meta}>
                  <time dateTime={r.created_at}>{formatDate(r.created_at)}</time>
                  {r.visibility === "hidden" && (
                    <>
                      {" "}
                      <Badge tone="danger">Hidden</Badge>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

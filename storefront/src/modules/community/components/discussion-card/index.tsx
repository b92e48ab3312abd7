import Link from "next/link"
import type { DiscussionSummary } from "@/lib/data/community"
import { formatDate } from "@/lib/util/dates"
import Badge from "@/modules/common/components/badge"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

/** A discussion in a list: its title, who started it, replies, latest activity, and whether it is pinned, locked or hidden. */
export default function DiscussionCard({
  discussion: d,
  countryCode,
  headingLevel = 3,
}: {
  discussion: DiscussionSummary
  countryCode: string
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const replies = `${d.reply_count} ${d.reply_count === 1 ? "reply" : "replies"}`
  return (
    <Card as="li" tone="linked" className={styles.card}>
      <div className={styles.head}>
        <Heading className={styles.title}>
          <Link href={`/${countryCode}/community/${d.category?.slug ?? "general"}/${d.id}`}>{d.title}</Link>
        </Heading>
        {d.pinned && <Badge tone="accent">Pinned</Badge>}
        {d.locked && <Badge>Locked</Badge>}
        {d.visibility === "hidden" && <Badge tone="danger">Hidden</Badge>}
      </div>
      <p className={styles.meta}>
        {d.author?.display_name ?? "A former member"}
        {d.category && <> in {d.category.name}</>}
        {d.group && (
          <>
            {" "}
            · group <Link href={`/${countryCode}/community/groups/${d.group.slug}`}>{d.group.name}</Link>
          </>
        )}{" "}
        · {replies} · last activity <time dateTime={d.last_activity_at}>{formatDate(d.last_activity_at)}</time>
      </p>
    </Card>
  )
}

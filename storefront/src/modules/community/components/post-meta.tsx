import Link from "next/link"
import type { CommunityAuthor } from "@/lib/data/community"
import { formatDate } from "@/lib/util/dates"
import Badge from "@/modules/common/components/badge"
import MemberAvatar from "@/modules/community/components/member-avatar"
import MemberBadges from "@/modules/community/components/member-badges"
import styles from "./post-meta.module.css"

/** Who wrote a post (linked to their profile), when, and anything else worth knowing about it. */
export default function PostMeta({ countryCode, author, at, extra }: { countryCode: string; author: CommunityAuthor | null; at: string; extra?: string }) {
  return (
    <p className={styles.meta}>
      <MemberAvatar name={author?.display_name} src={author?.avatar_url} />
      <span className={styles.byline}>
        <span>
          {author ? (
            <Link href={`/${countryCode}/community/members/${author.id}`} className={styles.author}>
              {author.display_name}
            </Link>
          ) : (
            "A former member"
          )}
          {author?.role === "moderator" && (
            <>
              {" "}
              <Badge tone="accent">Moderator</Badge>
            </>
          )}{" "}
          · <time dateTime={at}>{formatDate(at)}</time>
          {extra}
        </span>
        {/* Under the name, on a line of their own: beside it they would push the date off a phone's width. */}
        <MemberBadges badges={author?.badges} />
      </span>
    </p>
  )
}

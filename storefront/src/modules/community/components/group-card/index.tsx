import Link from "next/link"
import type { CommunityGroup } from "@/lib/data/community-groups"
import Badge from "@/modules/common/components/badge"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

const PLACE: Record<string, string> = { active: "Member", requested: "Request sent", invited: "Invited" }

/** A group in a list: image, name, whether it is open, its size and the reader's place in it. */
export default function GroupCard({ group: g, countryCode }: { group: CommunityGroup; countryCode: string }) {
  return (
    <Card as="li" tone="linked" className={styles.card} data-testid="community-group">
      {g.image_url && (
        // An https image staff chose (any host, so not through next/image); decorative beside the name.
        <img src={g.image_url} alt="" className={styles.image} loading="lazy" />
      )}
      <div className={styles.text}>
        <div className={styles.head}>
          <h2 className={styles.title}>
            <Link href={`/${countryCode}/community/groups/${g.slug}`}>{g.name}</Link>
          </h2>
          {g.visibility === "private" && <Badge>Private</Badge>}
          {g.membership && <Badge tone="accent">{PLACE[g.membership.status]}</Badge>}
        </div>
        <p className={styles.meta}>
          {g.member_count} {g.member_count === 1 ? "member" : "members"} · {g.visibility === "private" ? "join by request or invitation" : "open to all"}
        </p>
      </div>
    </Card>
  )
}

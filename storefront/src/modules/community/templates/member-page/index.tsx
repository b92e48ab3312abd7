import type { Activity, Member } from "@/lib/data/community"
import { formatDate } from "@/lib/util/dates"
import Badge from "@/modules/common/components/badge"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import ActivityList from "@/modules/community/components/activity-list"
import MemberBadges from "@/modules/community/components/member-badges"
import styles from "./styles.module.css"

/** A member's public page: name, role, since when, badges, about, and what they wrote lately. */
export default function MemberPage({ countryCode, member, activity }: { countryCode: string; member: Member; activity: Activity }) {
  return (
    <PageContainer as="section" aria-labelledby="member-heading" stack>
      <PageHeader
        trail={[{ href: `/${countryCode}/community`, label: "Community" }]}
        title={
          <span className={styles.name}>
            <span className={styles.avatar} aria-hidden="true">
              {member.display_name.charAt(0).toUpperCase()}
            </span>
            {member.display_name}
          </span>
        }
        headingId="member-heading"
      >
        <p className={styles.meta}>
          {member.role === "moderator" ? <Badge tone="accent">Moderator</Badge> : "Member"} since{" "}
          <time dateTime={member.joined_at}>{formatDate(member.joined_at)}</time>
          {member.status === "suspended" && (
            <>
              {" "}
              <Badge tone="danger">Suspended</Badge>
            </>
          )}
        </p>
        <MemberBadges badges={member.badges} size="large" />
        {member.bio && (
          <p className={styles.bio} data-testid="member-bio">
            {member.bio}
          </p>
        )}
      </PageHeader>
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">Recent activity</h2>
        <ActivityList countryCode={countryCode} activity={activity} who={member.display_name} />
      </section>
    </PageContainer>
  )
}

import Link from "next/link"
import type { Activity, Member } from "@/lib/data/community"
import { formatDate } from "@/lib/util/dates"
import Badge from "@/modules/common/components/badge"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import ActivityList from "@/modules/community/components/activity-list"
import FollowForm from "@/modules/community/components/follow-form"
import MemberAvatar from "@/modules/community/components/member-avatar"
import MemberBadges from "@/modules/community/components/member-badges"
import styles from "./styles.module.css"

/**
 * A member's public page: name, avatar, role, since when, and what they
 * show: badges, about, courses completed, what they wrote lately. A part
 * they keep private is not in the answer, so it is not on the page.
 */
export default function MemberPage({
  countryCode,
  member,
  activity,
  following,
}: {
  countryCode: string
  member: Member
  activity: Partial<Activity>
  /** Whether the signed-in member follows them; null when they cannot (signed out, themselves). */
  following: boolean | null
}) {
  const courses = member.courses_completed
  return (
    <PageContainer as="section" aria-labelledby="member-heading" stack>
      <PageHeader
        trail={[
          { href: `/${countryCode}/community`, label: "Community" },
          { href: `/${countryCode}/community/members`, label: "Members" },
        ]}
        title={
          <span className={styles.name}>
            <MemberAvatar name={member.display_name} src={member.avatar_url} size="large" />
            {member.display_name}
          </span>
        }
        headingId="member-heading"
        actions={
          following === null ? undefined : (
            <FollowForm countryCode={countryCode} target={{ targetType: "member", targetId: member.id }} following={following} name={member.display_name} />
          )
        }
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
      {courses && courses.length > 0 && (
        <section aria-labelledby="courses-heading" data-testid="member-courses">
          <h2 id="courses-heading">Courses completed</h2>
          <ul className={styles.courses}>
            {courses.map((c) => (
              <li key={c.id}>
                <Link href={`/${countryCode}/courses/${c.handle}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {activity.discussions && activity.replies && (
        <section aria-labelledby="activity-heading">
          <h2 id="activity-heading">Recent activity</h2>
          <ActivityList countryCode={countryCode} activity={{ discussions: activity.discussions, replies: activity.replies }} who={member.display_name} />
        </section>
      )}
    </PageContainer>
  )
}

import Link from "next/link"
import type { Activity, Member } from "@/lib/data/community"
import type { NotificationPreferences } from "@/lib/data/community-notifications"
import Alert from "@/modules/common/components/alert"
import { ButtonLink } from "@/modules/common/components/button"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import ActivityList from "@/modules/community/components/activity-list"
import AvatarForm from "@/modules/community/components/avatar-form"
import MemberAvatar from "@/modules/community/components/member-avatar"
import MemberForm from "@/modules/community/components/member-form"
import NotificationPreferencesForm from "@/modules/community/components/notification-preferences-form"

const trail = (countryCode: string) => [{ href: `/${countryCode}/community`, label: "Community" }]

/** A customer who has not joined yet: the name other readers will see. */
export function JoinCommunity({ countryCode, suggestedName }: { countryCode: string; suggestedName: string }) {
  return (
    <PageContainer as="section" width="narrow" aria-labelledby="join-heading" stack>
      <PageHeader
        trail={trail(countryCode)}
        title="Join the community"
        headingId="join-heading"
        lead="Choose the name other readers will see. You can change it later."
      />
      <Card>
        <MemberForm countryCode={countryCode} member={null} suggestedName={suggestedName} />
      </Card>
    </PageContainer>
  )
}

/** The member's own profile and settings, with what they wrote lately. */
export default function MyCommunity({
  countryCode,
  member,
  activity,
  preferences,
}: {
  countryCode: string
  member: Member
  activity: Activity
  preferences?: NotificationPreferences | null
}) {
  return (
    <PageContainer as="section" aria-labelledby="me-heading" stack>
      <PageHeader
        trail={trail(countryCode)}
        title="Your community profile"
        headingId="me-heading"
        actions={
          <>
            <ButtonLink href={`/${countryCode}/community/new`}>Start a discussion</ButtonLink>
            <Link href={`/${countryCode}/community/members/${member.id}`}>See your public profile</Link>
          </>
        }
      />
      {member.status === "suspended" && (
        <Alert tone="warning" live="none" testId="member-suspended">
          Your membership is suspended: you can read, but not post, react or change your avatar.
        </Alert>
      )}
      <Card as="section" aria-label="Avatar">
        <AvatarForm hasAvatar={Boolean(member.avatar_url)}>
          <MemberAvatar name={member.display_name} src={member.avatar_url} size="large" />
        </AvatarForm>
      </Card>
      <Card as="section" aria-label="Profile and settings">
        <MemberForm key={`${member.display_name}:${JSON.stringify(member.privacy)}`} countryCode={countryCode} member={member} />
      </Card>
      {preferences && (
        <Card as="section" aria-labelledby="notification-settings-heading" id="notification-settings">
          <h2 id="notification-settings-heading">Notifications</h2>
          <NotificationPreferencesForm key={JSON.stringify(preferences)} countryCode={countryCode} preferences={preferences} />
        </Card>
      )}
      <section aria-labelledby="activity-heading" data-testid="my-activity">
        <h2 id="activity-heading">Your activity</h2>
        <ActivityList countryCode={countryCode} activity={activity} who="You" />
      </section>
    </PageContainer>
  )
}

import type { CommunityGroup } from "@/lib/data/community-groups"
import { ButtonLink } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import GroupCard from "@/modules/community/components/group-card"
import shared from "@/modules/community/styles.module.css"

/** Every interest group in use: open ones anyone joins, private ones joined by request or invitation. */
export default function CommunityGroups({ countryCode, groups }: { countryCode: string; groups: CommunityGroup[] }) {
  return (
    <PageContainer as="section" aria-labelledby="groups-heading" stack>
      <PageHeader
        trail={[{ href: `/${countryCode}/community`, label: "Community" }]}
        title="Interest groups"
        headingId="groups-heading"
        lead="Smaller circles around one interest. Join an open group at once; a private group's discussions are for its members, who join by request or invitation."
        actions={
          <ButtonLink href={`/${countryCode}/community/me`} variant="secondary">
            Your profile and activity
          </ButtonLink>
        }
      />
      {groups.length === 0 ? (
        <EmptyState title="No groups yet">The community's staff start groups; check back soon.</EmptyState>
      ) : (
        <ul className={shared.list} data-testid="community-groups">
          {groups.map((g) => (
            <GroupCard key={g.id} group={g} countryCode={countryCode} />
          ))}
        </ul>
      )}
    </PageContainer>
  )
}

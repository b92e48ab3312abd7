import type { DiscussionSummary } from "@/lib/data/community"
import type { CommunityGroup, GroupRequest } from "@/lib/data/community-groups"
import Alert from "@/modules/common/components/alert"
import Badge from "@/modules/common/components/badge"
import { ButtonLink } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import Pager from "@/modules/common/components/pager"
import DiscussionCard from "@/modules/community/components/discussion-card"
import GroupMembershipForm from "@/modules/community/components/group-membership-form"
import GroupRequests from "@/modules/community/components/group-requests"
import CommunityPrompt from "@/modules/community/components/sign-in-prompt"
import shared from "@/modules/community/styles.module.css"
import styles from "./styles.module.css"

type Props = {
  countryCode: string
  group: CommunityGroup
  /** Null when the visitor may not read them (a private group they are not in). */
  discussions: DiscussionSummary[] | null
  page: number
  pages: number
  /** Whether the visitor is a community member (signed in and joined). */
  member: boolean
  signedIn: boolean
  /** For the group's moderators: requests and invitations. */
  requests: GroupRequest[] | null
}

/** A group: what it is about, joining or leaving it, its discussions (for those who may read them), and its moderators' queue. */
export default function GroupPage({ countryCode, group, discussions, page, pages, member, signedIn, requests }: Props) {
  const here = `/${countryCode}/community/groups/${group.slug}`
  const active = group.membership?.status === "active"
  return (
    <PageContainer as="section" aria-labelledby="group-heading" stack>
      <PageHeader
        trail={[
          { href: `/${countryCode}/community`, label: "Community" },
          { href: `/${countryCode}/community/groups`, label: "Groups" },
        ]}
        title={group.name}
        headingId="group-heading"
        actions={
          active && !group.archived ? (
            <ButtonLink href={`/${countryCode}/community/new?${new URLSearchParams({ group: group.slug })}`} data-testid="start-discussion">
              Start a discussion here
            </ButtonLink>
          ) : undefined
        }
      >
        <div className={styles.about}>
          {group.image_url && (
            // An https image staff chose (any host, so not through next/image); decorative beside the description.
            <img src={group.image_url} alt="" className={styles.image} />
          )}
          <div className={styles.text}>
            <p className={shared.meta}>
              {group.visibility === "private" ? <Badge>Private</Badge> : <Badge tone="success">Open</Badge>} {group.member_count}{" "}
              {group.member_count === 1 ? "member" : "members"}
              {group.membership?.role === "moderator" && (
                <>
                  {" "}
                  · <Badge tone="accent">You moderate this group</Badge>
                </>
              )}
            </p>
            {/* description_html is sanitised by commerce, as members' posts are. */}
            {group.description_html && <div className={shared.body} data-testid="group-description" dangerouslySetInnerHTML={{ __html: group.description_html }} />}
          </div>
        </div>
      </PageHeader>

      {group.archived ? (
        <Alert tone="info" live="none">This group is archived: its discussions stay here to read, and it takes no new members or discussions.</Alert>
      ) : member ? (
        <div className={styles.membership}>
          {group.membership?.status === "requested" && <p className={shared.meta} data-testid="group-request-pending">Your request to join is waiting for a moderator.</p>}
          {group.membership?.status === "invited" && <p className={shared.meta}>You are invited to join this group.</p>}
          <GroupMembershipForm countryCode={countryCode} group={group} />
        </div>
      ) : (
        <CommunityPrompt countryCode={countryCode} returnTo={here} signedIn={signedIn} doing="join this group" />
      )}

      {requests && (
        <section aria-labelledby="requests-heading">
          <h2 id="requests-heading">Waiting to join</h2>
          <GroupRequests countryCode={countryCode} slug={group.slug} requests={requests} />
        </section>
      )}

      <section aria-labelledby="group-discussions-heading">
        <h2 id="group-discussions-heading">Discussions</h2>
        {discussions === null ? (
          <EmptyState title="For members only" testId="group-members-only">
            This group is private: its discussions are for its members. Ask to join, and a moderator will let you in.
          </EmptyState>
        ) : discussions.length === 0 ? (
          <EmptyState title="No discussions here yet">{active ? "Start the first one." : "Join the group to start the first one."}</EmptyState>
        ) : (
          <ul className={shared.list} data-testid="community-discussions">
            {discussions.map((d) => (
              <DiscussionCard key={d.id} discussion={d} countryCode={countryCode} />
            ))}
          </ul>
        )}
        {discussions && <Pager label="Pages" page={page} pages={pages} href={(p) => `${here}?page=${p}`} />}
      </section>
    </PageContainer>
  )
}

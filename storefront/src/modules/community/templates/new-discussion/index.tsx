import type { CommunityCategory, GroupRef, Member } from "@/lib/data/community"
import { VerifyEmailPrompt } from "@/modules/account/components/email-verification"
import Alert from "@/modules/common/components/alert"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import DiscussionForm from "@/modules/community/components/discussion-form"
import CommunityPrompt from "@/modules/community/components/sign-in-prompt"

type Props = {
  countryCode: string
  member: Member | null
  categories: CommunityCategory[]
  categorySlug?: string
  /** The groups the member is in, and the one to preselect (by slug). */
  groups?: GroupRef[]
  groupSlug?: string
  returnTo: string
  idempotencyKey: string
  emailVerified: boolean
}

/** Starting a discussion: the form for a member, why not for anyone else. */
export default function NewDiscussion({ countryCode, member, categories, categorySlug, groups, groupSlug, returnTo, idempotencyKey, emailVerified }: Props) {
  return (
    <PageContainer as="section" width="narrow" aria-labelledby="new-discussion-heading" stack>
      <PageHeader trail={[{ href: `/${countryCode}/community`, label: "Community" }]} title="Start a discussion" headingId="new-discussion-heading" />
      {!member ? (
        <CommunityPrompt countryCode={countryCode} returnTo={returnTo} signedIn doing="start a discussion" />
      ) : member.status === "suspended" ? (
        <Alert tone="warning" live="none" testId="member-suspended">
          Your community membership is suspended, so you cannot post for now.
        </Alert>
      ) : !emailVerified ? (
        <VerifyEmailPrompt countryCode={countryCode} doing="post in the community" />
      ) : (
        <Card>
          <DiscussionForm
            countryCode={countryCode}
            categories={categories}
            categoryId={categories.find((c) => c.slug === categorySlug)?.id}
            groups={groups}
            groupId={groups?.find((g) => g.slug === groupSlug)?.id}
            idempotencyKey={idempotencyKey}
          />
        </Card>
      )}
    </PageContainer>
  )
}

import Link from "next/link"
import type { CommunityCategory, DiscussionSummary } from "@/lib/data/community"
import { ButtonLink } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import Pager from "@/modules/common/components/pager"
import DiscussionCard from "@/modules/community/components/discussion-card"
import shared from "@/modules/community/styles.module.css"

type Sort = "active" | "newest"
type Props = { countryCode: string; category: CommunityCategory; discussions: DiscussionSummary[]; sort: Sort; page: number; pages: number }

const SORTS: { value: Sort; label: string }[] = [
  { value: "active", label: "Most active" },
  { value: "newest", label: "Newest" },
]

/** One category's discussions, most active or newest first, a page at a time. */
export default function CommunityCategoryPage({ countryCode, category, discussions, sort, page, pages }: Props) {
  const href = (p: number, s: Sort = sort) => `/${countryCode}/community/${category.slug}?${new URLSearchParams({ sort: s, page: String(p) })}`
  return (
    <PageContainer as="section" aria-labelledby="category-heading" stack>
      <PageHeader
        trail={[{ href: `/${countryCode}/community`, label: "Community" }]}
        title={category.name}
        headingId="category-heading"
        lead={category.archived ? "This category is archived: its discussions stay here to read, and it takes no new ones." : category.description}
        actions={
          category.archived ? undefined : (
            <ButtonLink href={`/${countryCode}/community/new?${new URLSearchParams({ category: category.slug })}`} data-testid="start-discussion">
              Start a discussion
            </ButtonLink>
          )
        }
      />
      <nav aria-label="Sort discussions">
        <ul className={shared.pills}>
          {SORTS.map((s) => (
            <li key={s.value}>
              <Link href={href(1, s.value)} aria-current={sort === s.value ? "true" : undefined}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {discussions.length === 0 ? (
        <EmptyState title="No discussions here yet">Start the first one: a question, a favourite passage, a draft to share.</EmptyState>
      ) : (
        <ul className={shared.list} data-testid="community-discussions">
          {discussions.map((d) => (
            <DiscussionCard key={d.id} discussion={d} countryCode={countryCode} headingLevel={2} />
          ))}
        </ul>
      )}
      <Pager label="Pages" page={page} pages={pages} href={(p) => href(p)} />
    </PageContainer>
  )
}

import Link from "next/link"
import type { CommunityCategory, DiscussionSummary } from "@/lib/data/community"
import type { FeedFilter, FeedPage } from "@/lib/data/community-feed"
import { Button, ButtonLink } from "@/modules/common/components/button"
import Card from "@/modules/common/components/card"
import EmptyState from "@/modules/common/components/empty-state"
import { Input } from "@/modules/common/components/field"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import ActivityFeed from "@/modules/community/components/activity-feed"
import DiscussionCard from "@/modules/community/components/discussion-card"
import shared from "@/modules/community/styles.module.css"
import styles from "./styles.module.css"

type Props = {
  countryCode: string
  categories: CommunityCategory[]
  discussions: DiscussionSummary[]
  q?: string
  feed: FeedPage
  feedFilter: FeedFilter
  /** A signed-in member: they get the "Following" tab. */
  member: boolean
}

const FEED_TABS: { value: FeedFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "following", label: "Following" },
]

/** What is new (the feed), categories, a search box and the most recently active discussions (or the search's hits). */
export default function CommunityHome({ countryCode, categories, discussions, q, feed, feedFilter, member }: Props) {
  return (
    <PageContainer as="section" aria-labelledby="community-heading" stack>
      <PageHeader
        title="Community"
        headingId="community-heading"
        lead="Readers and writers talking about books, drafts and learning. Be kind; spoilers in a thread about the book."
        actions={
          <>
            <ButtonLink href={`/${countryCode}/community/new`} data-testid="start-discussion">
              Start a discussion
            </ButtonLink>
            <ButtonLink href={`/${countryCode}/community/groups`} variant="secondary" data-testid="community-groups-link">
              Interest groups
            </ButtonLink>
            <ButtonLink href={`/${countryCode}/community/me`} variant="secondary" data-testid="my-community">
              Your profile and activity
            </ButtonLink>
            <ButtonLink href={`/${countryCode}/community/members`} variant="secondary" data-testid="community-members">
              Members
            </ButtonLink>
          </>
        }
      />
      <form role="search" action={`/${countryCode}/community`} method="get" className={styles.search}>
        <label htmlFor="community-q" className={styles.searchLabel}>
          Search discussions
        </label>
        <div className={styles.searchRow}>
          <Input id="community-q" name="q" type="search" defaultValue={q ?? ""} maxLength={100} />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </div>
      </form>
      <section aria-labelledby="feed-heading" className={styles.feed}>
        <h2 id="feed-heading">What’s new</h2>
        {member && (
          <nav aria-label="Show in the feed">
            <ul className={shared.pills} data-testid="feed-tabs">
              {FEED_TABS.map((t) => (
                <li key={t.value}>
                  <Link
                    href={`/${countryCode}/community${t.value === "all" ? "" : "?feed=following"}`}
                    aria-current={feedFilter === t.value ? "true" : undefined}
                    data-testid={`feed-tab-${t.value}`}
                  >
                    {t.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <ActivityFeed key={feedFilter} countryCode={countryCode} filter={feedFilter} initial={feed} />
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Categories</h2>
        <ul className={styles.categories} data-testid="community-categories">
          {categories.map((c) => (
            <Card as="li" tone="linked" key={c.id} className={styles.category}>
              <h3 className={styles.categoryName}>
                <Link href={`/${countryCode}/community/${c.slug}`}>{c.name}</Link>
              </h3>
              {c.description && <p className={styles.categoryText}>{c.description}</p>}
            </Card>
          ))}
        </ul>
      </section>
      <section aria-labelledby="discussions-heading">
        <h2 id="discussions-heading">{q ? `Discussions matching “${q}”` : "Latest discussions"}</h2>
        {discussions.length === 0 ? (
          <EmptyState title={q ? "No discussion matches that search" : "No discussions yet"}>
            {q ? "Try other words, or start the discussion yourself." : "Be the first to start one."}
          </EmptyState>
        ) : (
          <ul className={shared.list} data-testid="community-discussions">
            {discussions.map((d) => (
              <DiscussionCard key={d.id} discussion={d} countryCode={countryCode} />
            ))}
          </ul>
        )}
      </section>
    </PageContainer>
  )
}

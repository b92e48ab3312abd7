import Link from "next/link"
import type { DirectoryMember } from "@/lib/data/community"
import Badge from "@/modules/common/components/badge"
import { Button, ButtonLink } from "@/modules/common/components/button"
import Card from "@/modules/common/components/card"
import EmptyState from "@/modules/common/components/empty-state"
import TextField, { SelectField, type SelectOption } from "@/modules/common/components/field"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import MemberAvatar from "@/modules/community/components/member-avatar"
import MemberBadges from "@/modules/community/components/member-badges"
import styles from "./styles.module.css"

/** The badges a reader can filter by (commerce's kinds). */
export const BADGE_FILTERS: SelectOption[] = [
  { value: "first_discussion", label: "First discussion" },
  { value: "helpful_replier", label: "Helpful replier" },
  { value: "course_graduate", label: "Course graduate" },
  { value: "verified_buyer", label: "Verified reader" },
  { value: "event_attendee", label: "Event attendee" },
  { value: "one_year_member", label: "One year a member" },
  { value: "staff_award", label: "Staff award" },
]

type Filters = { q?: string; badge?: string; course?: string; group?: string }
type Props = {
  countryCode: string
  filters: Filters
  courses: SelectOption[]
  groups: SelectOption[]
  members: DirectoryMember[]
  nextCursor: string | null
  continued: boolean
}

const hrefWith = (base: string, filters: Filters, cursor?: string) => {
  const query = new URLSearchParams(Object.entries({ ...filters, cursor }).filter((e): e is [string, string] => Boolean(e[1]))).toString()
  return query ? `${base}?${query}` : base
}

/** The member directory: a search by name, filters by badge and course taken, and a page of members in name order. */
export default function MemberDirectory({ countryCode, filters, courses, groups, members, nextCursor, continued }: Props) {
  const base = `/${countryCode}/community/members`
  const filtered = Boolean(filters.q || filters.badge || filters.course || filters.group)
  return (
    <PageContainer as="section" aria-labelledby="members-heading" stack>
      <PageHeader
        trail={[{ href: `/${countryCode}/community`, label: "Community" }]}
        title="Members"
        headingId="members-heading"
        lead="Find readers by name, by a badge they earned, a course you both took or an interest group. Members choose what they show here."
        actions={
          <ButtonLink href={`/${countryCode}/community/me`} variant="secondary">
            Your profile and privacy
          </ButtonLink>
        }
      />
      <Card as="section" aria-label="Find members">
        <form role="search" action={base} method="get" className={styles.filters} data-testid="member-search">
          <TextField name="q" label="Name" type="search" defaultValue={filters.q ?? ""} maxLength={100} />
          <SelectField name="badge" label="Badge" defaultValue={filters.badge ?? ""} options={[{ value: "", label: "Any badge" }, ...BADGE_FILTERS]} />
          <SelectField
            name="course"
            label="Took the course"
            defaultValue={filters.course ?? ""}
            options={[{ value: "", label: "Any course" }, ...courses]}
          />
          <SelectField name="group" label="Interest group" defaultValue={filters.group ?? ""} options={[{ value: "", label: "Any group" }, ...groups]} />
          <div className={styles.submit}>
            <Button type="submit" data-testid="member-search-submit">
              Find members
            </Button>
            {filtered && <Link href={base}>Clear</Link>}
          </div>
        </form>
      </Card>
      {members.length === 0 ? (
        <EmptyState title={filtered ? "No member matches" : "No members yet"} testId="members-empty">
          {filtered ? "Try another name or filter. Members who keep their badges, courses or groups private are not found by them." : "Be the first to join the community."}
        </EmptyState>
      ) : (
        <ul className={styles.grid} data-testid="member-directory">
          {members.map((m) => (
            <Card as="li" tone="linked" key={m.id} className={styles.card} data-testid="directory-member">
              <MemberAvatar name={m.display_name} src={m.avatar_url} size="medium" />
              <div className={styles.body}>
                <h2 className={styles.name}>
                  <Link href={`${base}/${m.id}`}>{m.display_name}</Link>
                  {m.role === "moderator" && (
                    <>
                      {" "}
                      <Badge tone="accent">Moderator</Badge>
                    </>
                  )}
                </h2>
                {m.bio && <p className={styles.bio}>{m.bio}</p>}
                <MemberBadges badges={m.badges} />
              </div>
            </Card>
          ))}
        </ul>
      )}
      {(nextCursor || continued) && (
        <nav className={styles.pager} aria-label="More members">
          {continued && <Link href={hrefWith(base, filters)}>Back to the start</Link>}
          {nextCursor && (
            <ButtonLink href={hrefWith(base, filters, nextCursor)} variant="secondary" data-testid="members-next">
              More members
            </ButtonLink>
          )}
        </nav>
      )}
    </PageContainer>
  )
}

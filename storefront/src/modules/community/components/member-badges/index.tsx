import type { MemberBadge } from "@/lib/data/community"
import { formatDate } from "@/lib/util/dates"
import Badge from "@/modules/common/components/badge"
import styles from "./styles.module.css"

// A glyph beside the words, never instead of them (hidden from screen readers).
const GLYPHS: Record<string, string> = {
  first_discussion: "✎",
  helpful_replier: "♥",
  course_graduate: "✓",
  verified_buyer: "◆",
  event_attendee: "◎",
  one_year_member: "★",
  staff_award: "✦",
}

/** A member's badges as small labelled chips: beside their name in threads, larger on their profile. */
export default function MemberBadges({ badges, size = "small" }: { badges?: MemberBadge[]; size?: "small" | "large" }) {
  if (!badges?.length) return null
  return (
    // Spans with list roles: the chips sit inside a post's byline paragraph, where a <ul> may not.
    <span role="list" className={`${styles.badges} ${size === "large" ? styles.large : ""}`} aria-label="Badges" data-testid="member-badges">
      {badges.map((badge) => (
        <span role="listitem" key={badge.id} title={`Since ${formatDate(badge.awarded_at)}`}>
          <Badge tone={badge.kind === "staff_award" ? "success" : "neutral"} testId={`member-badge-${badge.kind}`}>
            <span aria-hidden="true">{GLYPHS[badge.kind] ?? "✦"}</span>
            {badge.label}
          </Badge>
        </span>
      ))}
    </span>
  )
}

"use client"

import Link from "next/link"
import { useState } from "react"
import type { FeedFilter, FeedItem, FeedPage } from "@/lib/data/community-feed"
import { formatDate, formatDateTime } from "@/lib/util/dates"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import { AvatarFrame, PlainAvatarImage } from "@/modules/community/components/member-avatar/frame"
import styles from "./styles.module.css"

/** What one item says, and where it leads (country-less paths from commerce are put under the country here). */
function describe(item: FeedItem, countryCode: string): { text: string; href: string; detail?: string } {
  const who = item.actor?.display_name ?? "A member"
  const thread = item.discussion && `/${countryCode}/community/${item.discussion.category_slug ?? "general"}/${item.discussion.id}`
  switch (item.kind) {
    case "discussion":
      return { text: `${who} started “${item.discussion?.title}”${item.group ? ` in ${item.group.name}` : ""}`, href: thread! }
    case "reply":
      return { text: `${who} replied in “${item.discussion?.title}”`, href: thread! }
    case "group_join":
      return { text: `${who} joined ${item.group?.name}`, href: `/${countryCode}/community/groups/${item.group?.slug}` }
    case "badge":
      return { text: `${who} earned the “${item.badge?.label}” badge`, href: `/${countryCode}/community/members/${item.actor?.id}` }
    case "post":
      return { text: `New on the blog: ${item.cms?.title}`, href: `/${countryCode}${item.cms?.path}`, detail: item.cms?.summary ?? undefined }
    case "event":
      return {
        text: `New event: ${item.cms?.title}`,
        href: `/${countryCode}${item.cms?.path}`,
        detail: [item.cms?.starts_at && formatDateTime(item.cms.starts_at), item.cms?.summary].filter(Boolean).join(" · ") || undefined,
      }
  }
}

/** The blog's pen or the events' calendar, in place of an avatar on items from the cms. */
function KindIcon({ kind }: { kind: FeedItem["kind"] }) {
  return (
    <svg width="16" height="16" viewBox="0 0 20 20" className={styles.icon}>
      {kind === "event" ? (
        <>
          <rect x="3" y="4.5" width="14" height="12" rx="1.5" />
          <path d="M3 8.5h14M7 3v3M13 3v3" />
        </>
      ) : (
        <path d="M13.5 3.5l3 3L8 15l-4 1 1-4 8.5-8.5z" />
      )}
    </svg>
  )
}

/**
 * The community's feed, newest first: the first page as the server rendered
 * it, and "Load more" appending the next page by cursor.
 */
export default function ActivityFeed({ countryCode, filter, initial }: { countryCode: string; filter: FeedFilter; initial: FeedPage }) {
  const [items, setItems] = useState(initial.items)
  const [cursor, setCursor] = useState(initial.next_cursor)
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)

  const loadMore = async () => {
    if (!cursor) return
    setLoading(true)
    setFailed(false)
    try {
      const res = await fetch(`/api/community/feed?${new URLSearchParams({ filter, cursor })}`, { cache: "no-store", credentials: "same-origin" })
      if (!res.ok) throw new Error(String(res.status))
      const page = (await res.json()) as FeedPage
      setItems((shown) => [...shown, ...page.items.filter((i) => !shown.some((s) => s.id === i.id))])
      setCursor(page.next_cursor)
    } catch {
      setFailed(true)
    } finally {
      setLoading(false)
    }
  }

  if (items.length === 0) {
    return (
      <EmptyState title={filter === "following" ? "Nothing from those you follow yet" : "Nothing new yet"} testId="feed-empty">
        {filter === "following"
          ? "Follow members from their profiles and discussions from their pages: what they do shows here."
          : "Start a discussion, or join an interest group."}
      </EmptyState>
    )
  }
  return (
    <div className={styles.feed}>
      <ul className={styles.list} data-testid="community-feed">
        {items.map((item) => {
          const { text, href, detail } = describe(item, countryCode)
          return (
            <li key={item.id} className={styles.item} data-testid="feed-item" data-kind={item.kind}>
              {item.actor ? (
                <AvatarFrame name={item.actor.display_name} image={item.actor.avatar_url ? <PlainAvatarImage src={item.actor.avatar_url} /> : undefined} />
              ) : (
                <span className={styles.mark} aria-hidden="true">
                  <KindIcon kind={item.kind} />
                </span>
              )}
              <span className={styles.body}>
                <Link href={href} className={styles.text}>
                  {text}
                </Link>
                {detail && <span className={styles.detail}>{detail}</span>}
                <time dateTime={item.created_at} className={styles.time}>
                  {formatDate(item.created_at)}
                </time>
              </span>
            </li>
          )
        })}
      </ul>
      {failed && (
        <Alert tone="error" as="p" testId="feed-failed">
          More could not be loaded just now. Please try again.
        </Alert>
      )}
      {cursor && (
        <Button variant="secondary" onClick={loadMore} pending={loading} pendingText="Loading…" data-testid="feed-load-more">
          Load more
        </Button>
      )}
    </div>
  )
}

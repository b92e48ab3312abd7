import Link from "next/link"
import { markAllNotificationsReadAction, openNotificationAction } from "@/lib/actions/community-notifications"
import type { CommunityNotification } from "@/lib/data/community-notifications"
import { formatDate } from "@/lib/util/dates"
import Alert from "@/modules/common/components/alert"
import { ButtonLink } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import SubmitButton from "@/modules/common/components/submit-button"
import NotificationsSeen from "@/modules/community/components/notifications-seen"
import styles from "./styles.module.css"

type Props = {
  countryCode: string
  notifications: CommunityNotification[]
  nextCursor: string | null
  /** Not the first page: a link back to the newest. */
  paged: boolean
  markedAll: boolean
}

/** The member's notifications, newest first: each opens what it is about (and is then read); all can be marked read at once. */
export default function NotificationsPage({ countryCode, notifications, nextCursor, paged, markedAll }: Props) {
  const unread = notifications.filter((n) => !n.read_at).length
  const list = `/${countryCode}/community/notifications`
  return (
    <PageContainer as="section" width="narrow" aria-labelledby="notifications-heading" stack>
      <NotificationsSeen unread={unread} />
      <PageHeader
        trail={[{ href: `/${countryCode}/community`, label: "Community" }]}
        title="Notifications"
        headingId="notifications-heading"
        lead="Replies, mentions, reactions, badges and moderation of your posts."
        actions={
          <>
            {unread > 0 && (
              <form action={markAllNotificationsReadAction}>
                <input type="hidden" name="countryCode" value={countryCode} />
                <SubmitButton variant="secondary" pendingText="Marking…" testId="notifications-mark-all">
                  Mark all read
                </SubmitButton>
              </form>
            )}
            <Link href={`/${countryCode}/community/me#notification-settings`}>Notification settings</Link>
          </>
        }
      />
      {markedAll && unread === 0 && (
        <Alert tone="success" as="p" testId="notifications-marked">
          All your notifications are marked read.
        </Alert>
      )}
      {notifications.length === 0 ? (
        <EmptyState title={paged ? "No older notifications" : "Nothing yet"} testId="notifications-empty">
          When someone replies to you, mentions you or reacts to your posts, you will see it here.
        </EmptyState>
      ) : (
        <ul className={styles.list} data-testid="notifications-list">
          {notifications.map((n) => (
            <li key={n.id} className={n.read_at ? styles.read : styles.unread} data-testid="notification" data-kind={n.kind} data-read={!!n.read_at}>
              <form action={openNotificationAction} className={styles.item}>
                <input type="hidden" name="countryCode" value={countryCode} />
                <input type="hidden" name="id" value={n.id} />
                <button type="submit" className={styles.open} data-testid="notification-open">
                  {!n.read_at && (
                    <span className={styles.dot} aria-hidden="true" />
                  )}
                  {!n.read_at && <span className={styles.hidden}>Unread: </span>}
                  <span className={styles.text}>{n.text}</span>
                  {n.detail && <span className={styles.detail}>{n.detail}</span>}
                  <time dateTime={n.created_at} className={styles.time}>
                    {formatDate(n.created_at)}
                  </time>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {(nextCursor || paged) && (
        <nav aria-label="More notifications" className={styles.pager}>
          {paged && <Link href={list}>Newest</Link>}
          {nextCursor && (
            <ButtonLink variant="secondary" href={`${list}?${new URLSearchParams({ cursor: nextCursor })}`} data-testid="notifications-older">
              Older notifications
            </ButtonLink>
          )}
        </nav>
      )}
    </PageContainer>
  )
}

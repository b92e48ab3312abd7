import type { NotificationRow } from "../../modules/community/lib/notifications"
import { env } from "../env"

export type NotificationText = {
  /** One plain-text sentence ("Bola mentioned you in “Owls”"); never HTML. */
  text: string
  /** More plain text when there is any (a moderator's reason). */
  detail: string | null
  /** Where it leads on the storefront, without the country ("/community/book-club/cdis_…"). */
  path: string
}

const quoted = (title: string | null) => (title ? `“${title}”` : "a discussion that was removed")
const discussionPath = (row: NotificationRow) =>
  row.discussion_id
    ? `/community/${row.category_slug ?? "all"}/${row.discussion_id}${row.reply_id ? `#reply-${row.reply_id}` : ""}`
    : "/community"

/** The words and link of a notification, the same in the bell, its page and the emails. */
export function notificationText(row: NotificationRow): NotificationText {
  const who = row.actor_name ?? "A member"
  const data = row.data ?? {}
  const title = quoted(row.discussion_title)
  switch (row.kind) {
    case "reply":
      return { text: `${who} replied to your discussion ${title}`, detail: null, path: discussionPath(row) }
    case "mention":
      return { text: `${who} mentioned you in ${title}`, detail: null, path: discussionPath(row) }
    case "reaction":
      return {
        text: `${who} reacted to your ${row.reply_id ? "reply in" : "discussion"} ${title}`,
        detail: null,
        path: discussionPath(row),
      }
    case "badge":
      return { text: `You earned the badge “${data.badge_label ?? "Badge"}”`, detail: null, path: "/community/me" }
    case "moderation":
      return {
        text: `A moderator ${data.action === "restore" ? "restored" : "hid"} your ${row.reply_id ? "reply in" : "discussion"} ${title}`,
        detail: data.reason ? `Reason: ${data.reason}` : null,
        path: discussionPath(row),
      }
    case "group_invite":
      return {
        text: `${row.actor_name ?? "The community team"} invited you to the group “${data.group_name ?? "a group"}”`,
        detail: null,
        path: typeof data.path === "string" && /^\/community(\/[\w-]+)*$/.test(data.path) ? data.path : "/community",
      }
  }
}

/** A storefront path as a link in an email (country-less paths go to the shop's home country, as the reply email's always did). */
export const storefrontUrl = (path: string) => `${env.STOREFRONT_PUBLIC_URL}/ng${path}`

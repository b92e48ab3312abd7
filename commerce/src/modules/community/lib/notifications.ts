import type { NotificationKind } from "../models/notification"

/** What `notifyMember` and the service take to create one notification. */
export type NewNotification = {
  recipient_id: string
  kind: NotificationKind
  actor_id?: string | null
  discussion_id?: string | null
  reply_id?: string | null
  subject_id?: string | null
  data?: Record<string, string | null> | null
  source_key: string
}

export type NotificationRow = {
  id: string
  kind: NotificationKind
  actor_id: string | null
  discussion_id: string | null
  reply_id: string | null
  subject_id: string | null
  data: Record<string, string | null> | null
  read_at: Date | null
  created_at: Date
  actor_name: string | null
  actor_avatar_url: string | null
  discussion_title: string | null
  category_slug: string | null
}

export type NotificationFeedQuery = {
  recipient_id: string
  limit: number
  id?: string
  before?: { created_at: string; id: string }
  unread_only?: boolean
  since?: string
  kinds?: NotificationKind[]
}

/** The bell shows "99+" past this: counting further costs time and tells nobody anything. */
export const UNREAD_COUNT_CAP = 100
/** A post naming more members than this notifies the first ones only. */
export const MAX_MENTIONED_MEMBERS = 20

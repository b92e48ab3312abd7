import type { MedusaContainer } from "@medusajs/framework/types"
import { COMMUNITY_MODULE } from "../../modules/community"
import { BADGE_NAMES, type AutomaticBadgeKind } from "../../modules/community/models/badge"
import { mentionedHandles } from "../../modules/community/lib/mentions"
import type CommunityModuleService from "../../modules/community/service"
import type { NewNotification } from "../../modules/community/lib/notifications"
import { COMMUNITY_BADGE_AWARDED } from "../../workflows/community/award-earned-badges"
import { COMMUNITY_DISCUSSION_CREATED } from "../../workflows/community/create-discussion"
import { COMMUNITY_REPLY_CREATED } from "../../workflows/community/create-reply"
import { COMMUNITY_POST_MODERATED } from "../../workflows/community/events"
import { COMMUNITY_GROUP_MEMBERSHIP_CHANGED } from "../../workflows/community/group-events"
import { COMMUNITY_REACTION_SET } from "../../workflows/community/react"
import { groupAccessOf } from "../../modules/community/lib/group-access"

type EventData = { id?: string; target_type?: string; target_id?: string; member_id?: string; group_id?: string; action?: string }
type Post = { id: string; author_id: string; discussion_id?: string; body: string }

const community = (container: MedusaContainer) => container.resolve<CommunityModuleService>(COMMUNITY_MODULE)

/** Everyone a post `@mentions` (by handle), except its author and `skip`: one notification each, keyed by post and member. */
async function mentionsIn(container: MedusaContainer, post: Post, where: { discussion_id: string; reply_id: string | null }, skip: string[] = []) {
  const members = await community(container).membersByHandle(mentionedHandles(post.body))
  return members
    .filter((m) => m.id !== post.author_id && !skip.includes(m.id))
    .map(
      (m): NewNotification => ({ recipient_id: m.id, kind: "mention", actor_id: post.author_id, ...where, source_key: `mention:${post.id}:${m.id}` })
    )
}

async function postOf(container: MedusaContainer, type: string | undefined, id: string | undefined) {
  if (!id) return undefined
  if (type === "discussion") return (await community(container).listCommunityDiscussions({ id }))[0] as Post | undefined
  if (type === "reply") return (await community(container).listCommunityReplies({ id }))[0] as Post | undefined
  return undefined
}

/** For each event that tells members something: the notifications it makes (their preferences decide later whether they exist). */
const triggers: Record<string, (container: MedusaContainer, data: EventData) => Promise<NewNotification[]>> = {
  // A reply tells the discussion's author (the reply email's audience, as before) and whoever it mentions.
  [COMMUNITY_REPLY_CREATED]: async (container, data) => {
    const reply = (await postOf(container, "reply", data.id)) as (Post & { discussion_id: string }) | undefined
    if (!reply) return []
    const [discussion] = await community(container).listCommunityDiscussions({ id: reply.discussion_id })
    if (!discussion) return []
    const where = { discussion_id: discussion.id, reply_id: reply.id }
    const toAuthor: NewNotification = { recipient_id: discussion.author_id, kind: "reply", actor_id: reply.author_id, ...where, source_key: `reply:${reply.id}` }
    // The discussion's author hears of the reply once, as a reply, even when it also names them.
    return [toAuthor, ...(await mentionsIn(container, reply, where, [discussion.author_id]))]
  },
  [COMMUNITY_DISCUSSION_CREATED]: async (container, data) => {
    const discussion = await postOf(container, "discussion", data.id)
    return discussion ? mentionsIn(container, discussion, { discussion_id: discussion.id, reply_id: null }) : []
  },
  // One per reacting member and post: changing the reaction, or taking it back and reacting again, tells nobody twice.
  [COMMUNITY_REACTION_SET]: async (container, data) => {
    const post = await postOf(container, data.target_type, data.target_id)
    if (!post || !data.member_id) return []
    return [
      {
        recipient_id: post.author_id,
        kind: "reaction",
        actor_id: data.member_id,
        discussion_id: post.discussion_id ?? post.id,
        reply_id: data.target_type === "reply" ? post.id : null,
        source_key: `reaction:${data.member_id}:${data.target_type}:${post.id}`,
      },
    ]
  },
  [COMMUNITY_BADGE_AWARDED]: async (container, data) => {
    const [badge] = data.id ? await community(container).listCommunityBadges({ id: data.id }) : []
    if (!badge) return []
    const label = badge.label ?? BADGE_NAMES[badge.kind as AutomaticBadgeKind] ?? badge.kind
    return [{ recipient_id: badge.member_id, kind: "badge", subject_id: badge.id, data: { badge_label: label }, source_key: `badge:${badge.id}` }]
  },
  // The author learns what happened to their post and why; which moderator did it stays with the log.
  [COMMUNITY_POST_MODERATED]: async (container, data) => {
    const [entry] = data.id ? await community(container).listCommunityModerationLogs({ id: data.id }) : []
    const post = entry && (await postOf(container, entry.target_type, entry.target_id))
    if (!entry || !post) return []
    return [
      {
        recipient_id: post.author_id,
        kind: "moderation",
        // Only to keep a moderator's action on their own post from notifying them.
        actor_id: entry.actor_type === "moderator" ? entry.actor_id : null,
        discussion_id: post.discussion_id ?? post.id,
        reply_id: entry.target_type === "reply" ? post.id : null,
        subject_id: entry.id,
        data: { action: entry.action, reason: entry.reason ?? null },
        source_key: `moderation:${entry.id}`,
      },
    ]
  },
  // Staff or a group's moderator invited a member to a group (the membership is the invitation).
  [COMMUNITY_GROUP_MEMBERSHIP_CHANGED]: async (container, data) => {
    if (data.action !== "invite" || !data.id || !data.group_id || !data.member_id) return []
    const [group] = await community(container).listCommunityGroups({ id: data.group_id })
    if (!group) return []
    return [
      {
        recipient_id: data.member_id,
        kind: "group_invite",
        actor_id: null,
        subject_id: group.id,
        data: { group_name: group.name, path: `/community/groups/${group.slug}` },
        source_key: `group_invite:${data.id}`,
      },
    ]
  },
}

export const NOTIFICATION_EVENTS = Object.keys(triggers)

/**
 * Leaves out what a recipient may not read: a reply, mention or reaction in a
 * private group's discussion tells only the group's members (the text carries
 * the discussion's title).
 */
async function readableByRecipient(container: MedusaContainer, notifications: NewNotification[]) {
  const groupOf = new Map<string, string | null>()
  const readable: NewNotification[] = []
  for (const notification of notifications) {
    const discussionId = notification.discussion_id
    if (discussionId && !groupOf.has(discussionId)) {
      const [discussion] = await community(container).listCommunityDiscussions({ id: discussionId }, { select: ["id", "group_id"], withDeleted: true })
      groupOf.set(discussionId, (discussion as { group_id?: string | null } | undefined)?.group_id ?? null)
    }
    const groupId = discussionId ? groupOf.get(discussionId) : null
    if (!groupId || (await groupAccessOf(community(container), groupId, notification.recipient_id)).read) readable.push(notification)
  }
  return readable
}

/** The notifications an event makes, for those who may read what they are about. */
export async function notificationsFor(container: MedusaContainer, eventName: string, data: EventData) {
  const made = await (triggers[eventName]?.(container, data) ?? Promise.resolve([]))
  return readableByRecipient(container, made)
}

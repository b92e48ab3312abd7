import { MedusaError } from "@medusajs/framework/utils"
import type CommunityModuleService from "../service"

type Post = { target_type: "discussion" | "reply"; target_id: string }

/** What a member (or an anonymous reader, null) may do with one group's discussions. */
export type GroupAccess = { read: boolean; moderate: boolean }

/** The member's membership of a group that counts: an active one (not a request or an invitation). */
export async function activeMembership(community: CommunityModuleService, groupId: string, memberId: string | null) {
  if (!memberId) return undefined
  const [membership] = await community.listCommunityGroupMemberships({ group_id: groupId, member_id: memberId, status: "active" })
  return membership
}

/**
 * A discussion outside any group, or in a public group, is everyone's to read;
 * a private group's only its active members'. A group moderator moderates
 * that group's posts (hidden ones included) and no other group's.
 */
export async function groupAccessOf(community: CommunityModuleService, groupId: string | null | undefined, memberId: string | null): Promise<GroupAccess> {
  if (!groupId) return { read: true, moderate: false }
  const [[group], membership] = await Promise.all([community.listCommunityGroups({ id: groupId }), activeMembership(community, groupId, memberId)])
  return { read: !!membership || group?.visibility === "public", moderate: membership?.role === "moderator" }
}

/** The ids of the groups whose discussions the member can read: every public group and the private ones they are in. */
export async function readableGroupIds(community: CommunityModuleService, memberId: string | null): Promise<string[]> {
  const [open, mine] = await Promise.all([
    community.listCommunityGroups({ visibility: "public" }, { select: ["id"], take: null }),
    memberId ? community.listCommunityGroupMemberships({ member_id: memberId, status: "active" }, { select: ["group_id"], take: null }) : [],
  ])
  return [...new Set([...open.map((g) => g.id), ...mine.map((m) => m.group_id)])]
}

/** A discussion filter: outside any group, or in one of `groupIds`. */
export const inGroups = (groupIds: string[]) => (groupIds.length ? { $or: [{ group_id: null }, { group_id: groupIds }] } : { group_id: null })

/** The group of a post's discussion (null outside groups); a post that does not exist is a 404. */
export async function groupOfPost(community: CommunityModuleService, post: Post): Promise<string | null> {
  const reply = post.target_type === "reply" ? (await community.listCommunityReplies({ id: post.target_id }, { select: ["id", "discussion_id"] }))[0] : undefined
  const discussionId = post.target_type === "discussion" ? post.target_id : (reply as { discussion_id?: string } | undefined)?.discussion_id
  const [discussion] = discussionId ? await community.listCommunityDiscussions({ id: discussionId }, { select: ["id", "group_id"] }) : []
  if (!discussion) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${post.target_type} ${post.target_id} was not found`)
  return discussion.group_id ?? null
}

/** A private group's post is not there for someone outside it: the same 404 as a post that does not exist. */
export async function assertCanReadPost(community: CommunityModuleService, post: Post, memberId: string | null) {
  const access = await groupAccessOf(community, await groupOfPost(community, post), memberId)
  if (!access.read) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${post.target_type} ${post.target_id} was not found`)
  return access
}

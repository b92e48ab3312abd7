import "server-only"
import { storeFetch } from "../config"
import { nullOn404 } from "../util/errors"
import { viewerFetch, type CommunityAuthor, type GroupRef } from "./community"

export type GroupMembership = { status: "active" | "requested" | "invited"; role: "member" | "moderator" }
/** description_html is sanitised by commerce. `membership`: the signed-in member's place in it (null when none). */
export type CommunityGroup = GroupRef & {
  description_html: string | null
  image_url: string | null
  archived: boolean
  member_count: number
  membership: GroupMembership | null
}
export type GroupRequest = { status: "requested" | "invited"; created_at: string; member: CommunityAuthor | null }

/** The groups in use, by name, with the visitor's place in each (read per visitor). */
export async function listCommunityGroups(): Promise<CommunityGroup[]> {
  return (await storeFetch<{ groups: CommunityGroup[] }>("/store/community/groups", await viewerFetch())).groups
}

/** One group by its slug; null when there is none. */
export async function retrieveCommunityGroup(slug: string): Promise<CommunityGroup | null> {
  const found = await nullOn404(storeFetch<{ group: CommunityGroup }>(`/store/community/groups/${encodeURIComponent(slug)}`, await viewerFetch()))
  return found?.group ?? null
}

/** The signed-in member's groups, requests and invitations; none before they join the community. */
export async function listMyGroups(): Promise<CommunityGroup[]> {
  return (await nullOn404(storeFetch<{ groups: CommunityGroup[] }>("/store/community/members/me/groups", await viewerFetch())))?.groups ?? []
}

/** Who asked to join, and who is invited: for the group's moderators only. */
export async function listGroupRequests(slug: string): Promise<GroupRequest[]> {
  return (await storeFetch<{ requests: GroupRequest[] }>(`/store/community/groups/${encodeURIComponent(slug)}/requests`, await viewerFetch())).requests
}

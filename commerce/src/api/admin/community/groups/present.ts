import type { InferTypeOf } from "@medusajs/framework/types"
import type { Group } from "../../../../modules/community/models/group"
import type CommunityModuleService from "../../../../modules/community/service"

type GroupRow = InferTypeOf<typeof Group>

/** Groups as staff see them: every field, with how many members each has and how many wait for a decision. */
export async function presentAdminGroups(community: CommunityModuleService, groups: GroupRow[]) {
  const ids = groups.map((g) => g.id)
  const [members, pending] = await Promise.all([
    community.groupMemberCounts(ids),
    ids.length ? community.listCommunityGroupMemberships({ group_id: ids, status: "requested" }, { select: ["group_id"], take: null }) : Promise.resolve([]),
  ])
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    slug: g.slug,
    description: g.description ?? null,
    description_html: g.description_html ?? null,
    image_url: g.image_url ?? null,
    visibility: g.visibility,
    archived_at: g.archived_at ?? null,
    member_count: members.get(g.id) ?? 0,
    pending_requests: pending.filter((p) => p.group_id === g.id).length,
    created_at: g.created_at,
    updated_at: g.updated_at,
  }))
}

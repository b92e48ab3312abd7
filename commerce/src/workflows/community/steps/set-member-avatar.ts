import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

type Avatar = { avatar_url: string | null; avatar_file_key: string | null }

/** Points the member at a new avatar (or none); undone by restoring the one they had. Answers the member and the key it replaced. */
export const setMemberAvatarStep = createStep(
  "set-community-member-avatar",
  async (input: Avatar & { member_id: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const before = await community.retrieveCommunityMember(input.member_id)
    const member = await community.updateCommunityMembers({ id: input.member_id, avatar_url: input.avatar_url, avatar_file_key: input.avatar_file_key })
    const previous: Avatar = { avatar_url: before.avatar_url ?? null, avatar_file_key: before.avatar_file_key ?? null }
    return new StepResponse({ member, replaced_key: previous.avatar_file_key }, { member_id: input.member_id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const { member_id, ...avatar } = previous
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateCommunityMembers({ id: member_id, ...avatar })
  }
)

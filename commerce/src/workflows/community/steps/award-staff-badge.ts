import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type StaffBadgeInput = { member_id: string; label: string; note: string; awarded_by: string }

/** A badge staff give by hand, named by its label; a member holds one of each label (a second is refused, named). */
export const awardStaffBadgeStep = createStep(
  "award-staff-community-badge",
  async (input: StaffBadgeInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [member] = await community.listCommunityMembers({ id: input.member_id })
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${input.member_id} was not found`)
    const taken = () => new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${member.display_name} already holds the badge "${input.label}"`)
    const [held] = await community.listCommunityBadges({ member_id: member.id, kind: "staff_award", label: input.label })
    if (held) throw taken()
    const badge = await community
      .createCommunityBadges({ ...input, kind: "staff_award", awarded_at: new Date() })
      .catch((error: Error) => {
        throw /unique|duplicate/i.test(error.message) ? taken() : error
      })
    return new StepResponse(badge, badge.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityBadges(id)
  }
)

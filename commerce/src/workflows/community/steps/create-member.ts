import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type CreateMemberInput = { customer_id: string; display_name: string; bio?: string | null; avatar_url?: string | null }

/** A customer's member profile; joining twice is refused (the database keeps one per customer). */
export const createMemberStep = createStep(
  "create-community-member",
  async (input: CreateMemberInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [existing] = await community.listCommunityMembers({ customer_id: input.customer_id })
    if (existing) throw new MedusaError(MedusaError.Types.CONFLICT, "You have already joined the community")
    const member = await community.createCommunityMembers({ ...input, joined_at: new Date() }).catch((error: Error) => {
      if (/unique|duplicate/i.test(error.message)) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "You have already joined the community")
      }
      throw error
    })
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityMembers(memberId)
  }
)

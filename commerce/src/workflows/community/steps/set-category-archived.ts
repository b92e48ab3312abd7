import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import { categoryOrNotFound, nextCategoryRank } from "./category-rules"

/**
 * Archives a category (no new discussions, gone from the storefront's lists)
 * or brings it back at the end of the order. Compensation restores both.
 */
export const setCategoryArchivedStep = createStep(
  "set-community-category-archived",
  async (input: { id: string; archived: boolean }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const before = await categoryOrNotFound(community, input.id)
    if (!!before.archived_at === input.archived) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The category “${before.name}” is ${input.archived ? "already archived" : "not archived"}`)
    }
    const change = input.archived ? { archived_at: new Date() } : { archived_at: null, rank: await nextCategoryRank(community) }
    const category = await community.updateCommunityCategories({ id: input.id, ...change })
    return new StepResponse(category, { id: input.id, archived_at: before.archived_at, rank: before.rank })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateCommunityCategories(previous)
  }
)

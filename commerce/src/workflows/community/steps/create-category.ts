import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import { assertCategorySlugFree, isUniqueViolation, nextCategoryRank } from "./category-rules"

export type CreateCategoryInput = { name: string; slug: string; description?: string | null }

/** A new category at the end of the order; compensation removes it. */
export const createCategoryStep = createStep(
  "create-community-category",
  async (input: CreateCategoryInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    await assertCategorySlugFree(community, input.slug)
    const rank = await nextCategoryRank(community)
    const category = await community.createCommunityCategories({ ...input, rank }).catch((error: Error) => {
      // Another request took the slug between the check and the insert.
      if (isUniqueViolation(error)) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The web address “${input.slug}” is already used`)
      throw error
    })
    return new StepResponse(category, category.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityCategories(id)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** The category a new discussion goes in: it must exist and not be archived. */
export const findOpenCategoryStep = createStep("find-open-community-category", async (input: { category_id: string }, { container }) => {
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
  const [category] = await community.listCommunityCategories({ id: input.category_id })
  if (!category) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category ${input.category_id} was not found`)
  if (category.archived_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The category “${category.name}” is archived: it takes no new discussions. Choose another category.`)
  }
  return new StepResponse(category)
})

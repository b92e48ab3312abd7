import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import { assertCategorySlugFree, categoryOrNotFound, isUniqueViolation } from "./category-rules"

export type UpdateCategoryInput = { id: string; name?: string; slug?: string; description?: string | null }
type Field = "name" | "slug" | "description"
export type CategoryChanges = Partial<Record<Field, { from: string | null; to: string | null }>>

/** Renames, re-addresses or re-describes a category; answers what changed. Compensation puts the old values back. */
export const updateCategoryStep = createStep(
  "update-community-category",
  async (input: UpdateCategoryInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const before = await categoryOrNotFound(community, input.id)
    const changes: CategoryChanges = {}
    for (const field of ["name", "slug", "description"] as const) {
      const to = input[field]
      if (to !== undefined && to !== before[field]) changes[field] = { from: before[field] ?? null, to: to ?? null }
    }
    if (changes.slug) await assertCategorySlugFree(community, input.slug!, input.id)
    const set = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change!.to]))
    const category = Object.keys(set).length
      ? await community.updateCommunityCategories({ id: input.id, ...set }).catch((error: Error) => {
          if (isUniqueViolation(error)) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The web address “${input.slug}” is already used`)
          throw error
        })
      : before
    const undo = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change!.from]))
    return new StepResponse({ category, changes }, { id: input.id, undo })
  },
  async (previous, { container }) => {
    if (!previous || !Object.keys(previous.undo).length) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateCommunityCategories({ id: previous.id, ...previous.undo })
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { categorySlugProblem } from "../../../modules/community/lib/category-slug"
import type CommunityModuleService from "../../../modules/community/service"

/**
 * A slug staff may give a category: well formed, not a storefront page's word,
 * and not held by another category (archived ones keep theirs, so their
 * discussions' addresses stay theirs).
 */
export async function assertCategorySlugFree(community: CommunityModuleService, slug: string, exceptId?: string) {
  const problem = categorySlugProblem(slug)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  const [holder] = await community.listCommunityCategories({ slug })
  if (holder && holder.id !== exceptId) {
    const state = holder.archived_at ? " (archived)" : ""
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The web address “${slug}” is already used by the category “${holder.name}”${state}`)
  }
}

/** The category, or a 404 naming it. */
export async function categoryOrNotFound(community: CommunityModuleService, id: string) {
  const [category] = await community.listCommunityCategories({ id })
  if (!category) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category ${id} was not found`)
  return category
}

/** Where a category joins the end of the order (new, or back from the archive). */
export async function nextCategoryRank(community: CommunityModuleService) {
  const [last] = await community.listCommunityCategories({ archived_at: null }, { order: { rank: "DESC" }, take: 1 })
  return last ? last.rank + 1 : 0
}

export const isUniqueViolation = (error: unknown) => /unique|duplicate/i.test((error as Error)?.message ?? "")

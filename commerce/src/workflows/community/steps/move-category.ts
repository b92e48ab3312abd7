import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import { categoryOrNotFound } from "./category-rules"

type Ranks = { id: string; rank: number }[]

/**
 * Moves a category to a position (0 = first) among the categories that are
 * not archived, renumbering them 0, 1, 2, ...; a position past the end moves
 * it last. Run under the categories' lock. Compensation restores every rank.
 */
export const moveCategoryStep = createStep(
  "move-community-category",
  async (input: { id: string; position: number }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const category = await categoryOrNotFound(community, input.id)
    if (category.archived_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The category “${category.name}” is archived: bring it back before placing it in the order`)
    }
    const ordered = await community.listCommunityCategories({ archived_at: null }, { order: { rank: "ASC", name: "ASC" }, take: null })
    const from = ordered.findIndex((c) => c.id === input.id)
    const others = ordered.filter((c) => c.id !== input.id)
    const to = Math.min(input.position, others.length)
    others.splice(to, 0, category)
    const before: Ranks = ordered.map((c) => ({ id: c.id, rank: c.rank }))
    const changed = others.map((c, rank) => ({ id: c.id, rank })).filter((c) => before.find((b) => b.id === c.id)!.rank !== c.rank)
    if (changed.length) await community.updateCommunityCategories(changed)
    return new StepResponse({ category, from, to }, before.filter((b) => changed.some((c) => c.id === b.id)))
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateCommunityCategories(before)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import { renderMarkdown } from "../../../modules/community/lib/markdown"
import type { GroupVisibility } from "../../../modules/community/models/group"
import type CommunityModuleService from "../../../modules/community/service"
import { assertGroupSlugFree, isDuplicate } from "./group-rules"

export type GroupFields = { name: string; slug: string; description?: string | null; image_url?: string | null; visibility: GroupVisibility }

/** The description staff write, with its sanitised HTML (as for members' posts). */
export const describedGroup = <T extends Record<string, unknown>>(fields: T) =>
  fields.description === undefined
    ? fields
    : { ...fields, description_html: typeof fields.description === "string" && fields.description ? renderMarkdown(fields.description) : null }

/** A new interest group; compensation removes it. */
export const createGroupStep = createStep(
  "create-community-group",
  async (input: GroupFields, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    await assertGroupSlugFree(community, input.slug)
    const group = await community.createCommunityGroups(describedGroup(input)).catch((error: Error) => {
      if (isDuplicate(error)) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The web address “${input.slug}” is already used`)
      throw error
    })
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityGroups(id)
  }
)

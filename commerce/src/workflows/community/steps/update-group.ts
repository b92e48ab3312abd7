import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import { describedGroup, type GroupFields } from "./create-group"
import { assertGroupSlugFree, groupOrNotFound, isDuplicate } from "./group-rules"

export type UpdateGroupInput = { id: string; archived?: boolean } & Partial<GroupFields>
const FIELDS = ["name", "slug", "description", "image_url", "visibility"] as const
export type GroupChanges = Partial<Record<(typeof FIELDS)[number] | "archived", { from: unknown; to: unknown }>>

/** Changes a group's fields, or archives it / brings it back; answers what changed. Compensation puts the old values back. */
export const updateGroupStep = createStep(
  "update-community-group",
  async (input: UpdateGroupInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const before = await groupOrNotFound(community, input.id)
    const changes: GroupChanges = {}
    for (const field of FIELDS) {
      const to = input[field]
      if (to !== undefined && to !== before[field]) changes[field] = { from: before[field] ?? null, to: to ?? null }
    }
    if (input.archived !== undefined) {
      if (input.archived === !!before.archived_at) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The group “${before.name}” is ${input.archived ? "already archived" : "not archived"}`)
      }
      changes.archived = { from: !input.archived, to: input.archived }
    }
    if (changes.slug) await assertGroupSlugFree(community, input.slug!, input.id)
    const set: Record<string, unknown> = Object.fromEntries(FIELDS.filter((f) => changes[f]).map((f) => [f, changes[f]!.to]))
    if (changes.archived) set.archived_at = input.archived ? new Date() : null
    const group = Object.keys(set).length
      ? await community.updateCommunityGroups({ id: input.id, ...describedGroup(set) }).catch((error: Error) => {
          if (isDuplicate(error)) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The web address “${input.slug}” is already used`)
          throw error
        })
      : before
    const undo = Object.fromEntries(Object.keys(set).map((k) => [k, (before as Record<string, unknown>)[k] ?? null]))
    if ("description" in undo) undo.description_html = before.description_html ?? null
    return new StepResponse({ group, changes }, { id: input.id, undo })
  },
  async (previous, { container }) => {
    if (!previous || !Object.keys(previous.undo).length) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateCommunityGroups({ id: previous.id, ...previous.undo })
  }
)

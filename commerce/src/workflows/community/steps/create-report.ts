import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { PostTarget } from "./find-own-post"

/** A member's report of a visible post; reporting the same post again while open answers the open report. */
export const createReportStep = createStep(
  "create-community-report",
  async (input: PostTarget & { reporter_id: string; reason: string }, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const filter = { id: input.target_id, visibility: "visible" as const }
    const [post] = input.target_type === "discussion" ? await community.listCommunityDiscussions(filter) : await community.listCommunityReplies(filter)
    if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${input.target_type} ${input.target_id} was not found`)
    const open = { reporter_id: input.reporter_id, target_type: input.target_type, target_id: input.target_id, status: "open" as const }
    const [existing] = await community.listCommunityReports(open)
    if (existing) return new StepResponse(existing, null as string | null)
    const report = await community.createCommunityReports({ ...open, reason: input.reason }).catch(async (error: Error) => {
      const [raced] = await community.listCommunityReports(open)
      if (!raced) throw error
      return raced
    })
    return new StepResponse(report, report.id as string | null)
  },
  async (reportId, { container }) => {
    if (!reportId) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityReports(reportId)
  }
)

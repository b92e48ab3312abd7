import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../modules/community"
import { createMemberStep, type CreateMemberInput } from "./steps/create-member"

export const joinCommunityWorkflowId = "join-community"
/** A new member: badges earned before joining (a certificate, a book bought) are checked then. */
export const COMMUNITY_MEMBER_CREATED = "community.member.created"

/** A customer joins the community: their member profile, linked to the customer. */
export const joinCommunityWorkflow = createWorkflow(joinCommunityWorkflowId, (input: CreateMemberInput) => {
  const member = createMemberStep(input)
  const link = transform({ member, input }, ({ member, input }) => [
    { [COMMUNITY_MODULE]: { community_member_id: member.id }, [Modules.CUSTOMER]: { customer_id: input.customer_id } },
  ])
  createRemoteLinkStep(link)
  emitEventStep({ eventName: COMMUNITY_MEMBER_CREATED, data: { id: member.id } })
  return new WorkflowResponse(member)
})

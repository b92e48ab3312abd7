import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptInvitationStep } from "./steps/accept-invitation"
import { checkInvitationStep, type AcceptInvitationInput } from "./steps/check-invitation"

export const acceptVendorInvitationWorkflowId = "accept-vendor-invitation"

/**
 * An invited person (the owner after approval, or a colleague) accepts with
 * their own `vendor` sign-in: they become the member, and their auth
 * identity's app_metadata.vendor_id names that member, so their next
 * sign-in's token is a vendor member's.
 */
export const acceptVendorInvitationWorkflow = createWorkflow(acceptVendorInvitationWorkflowId, (input: AcceptInvitationInput) => {
  const invitation = checkInvitationStep(input)
  const member = acceptInvitationStep(transform({ invitation, input }, ({ invitation, input }) => ({ ...invitation, auth_identity_id: input.auth_identity_id })))
  setAuthAppMetadataStep(transform({ member, input }, ({ member, input }) => ({ authIdentityId: input.auth_identity_id, actorType: "vendor", value: member.member_id })))
  return new WorkflowResponse(member)
})

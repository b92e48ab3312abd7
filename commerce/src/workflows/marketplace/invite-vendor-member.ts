import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { memberInviteEmail } from "./emails"
import { createMemberInvitationStep } from "./steps/create-member-invitation"

export const inviteVendorMemberWorkflowId = "invite-vendor-member"

/** A vendor's owner invites a colleague: a one-time link by email to set up their own sign-in. */
export const inviteVendorMemberWorkflow = createWorkflow(inviteVendorMemberWorkflowId, (input: { actor_member_id: string; email: string }) => {
  const invitation = createMemberInvitationStep(input)
  sendNotificationsStep(transform({ invitation }, ({ invitation }) => memberInviteEmail(invitation)))
  return new WorkflowResponse(transform({ invitation }, ({ invitation }) => ({ member_id: invitation.member_id, email: invitation.email })))
})

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { newInviteToken } from "../../../modules/marketplace/lib/invite-token"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const issueOwnerInvitationStepId = "issue-owner-invitation"

/**
 * The approved vendor's owner gets a one-time link to set up their sign-in,
 * unless they already have one (a suspended vendor approved again): the
 * token for the email, or null. A new link replaces an unused older one.
 * Undone by withdrawing the link.
 */
export const issueOwnerInvitationStep = createStep(
  issueOwnerInvitationStepId,
  async (input: { vendor_id: string; actor_id: string }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [owner] = await marketplace.listVendorMembers({ vendor_id: input.vendor_id, role: "owner" }, { take: 1 })
    if (!owner || owner.auth_identity_id) return new StepResponse(null, null)
    const { token, ...stored } = newInviteToken()
    await marketplace.updateVendorMembers({ id: owner.id, ...stored, invited_by: input.actor_id })
    const event = await marketplace.createVendorEvents({ vendor_id: input.vendor_id, type: "invited", actor_type: "user", actor_id: input.actor_id, data: { email: owner.email, role: "owner" } })
    return new StepResponse(token, { member_id: owner.id, event_id: event.id })
  },
  async (issued, { container }) => {
    if (!issued) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updateVendorMembers({ id: issued.member_id, invite_token_hash: null, invite_expires_at: null })
    await marketplace.deleteVendorEvents(issued.event_id)
  }
)

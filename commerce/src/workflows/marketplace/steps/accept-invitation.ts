import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { CheckedInvitation } from "./check-invitation"

export const acceptInvitationStepId = "accept-vendor-invitation"

/** Makes the invited person a member, once (400 when a racing request did first); undone by restoring the invitation. */
export const acceptInvitationStep = createStep(
  acceptInvitationStepId,
  async (input: CheckedInvitation & { auth_identity_id: string }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const accepted = await marketplace.acceptInvitation(input)
    if (!accepted) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was already accepted")
    const event = await marketplace.createVendorEvents({ vendor_id: input.vendor_id, type: "joined", actor_type: "vendor", actor_id: input.member_id })
    return new StepResponse({ member_id: input.member_id, vendor_id: input.vendor_id }, { ...input, event_id: event.id })
  },
  async (done, { container }) => {
    if (!done) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteVendorEvents(done.event_id)
    await marketplace.updateVendorMembers({
      id: done.member_id,
      auth_identity_id: null,
      accepted_at: null,
      invite_token_hash: done.invite_token_hash,
      invite_expires_at: done.expires_at,
    })
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { newInviteToken } from "../../../modules/marketplace/lib/invite-token"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const createMemberInvitationStepId = "create-member-invitation"

/**
 * The owner of an approved vendor invites a colleague by email: a member
 * row holding a one-time link (a new link for someone invited before who
 * has not accepted), and an `invited` event. 403 for a member who is not
 * the owner or a vendor that is not approved, 422 for someone who is
 * already a member. Undone by removing what it made.
 */
export const createMemberInvitationStep = createStep(
  createMemberInvitationStepId,
  async (input: { actor_member_id: string; email: string }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const actor = await marketplace.retrieveVendorMember(input.actor_member_id, { relations: ["vendor"] })
    if (actor.role !== "owner") throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the vendor's owner can invite people")
    if (actor.vendor.status !== "approved") {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `The vendor is ${actor.vendor.status}: only an approved vendor can invite people`)
    }
    const [existing] = await marketplace.listVendorMembers({ vendor_id: actor.vendor.id, email: input.email }, { take: 1 })
    if (existing?.auth_identity_id) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${input.email} is already a member of ${actor.vendor.name}`)
    const { token, ...stored } = newInviteToken()
    const member = existing
      ? await marketplace.updateVendorMembers({ id: existing.id, ...stored, invited_by: actor.id })
      : await marketplace.createVendorMembers({ vendor_id: actor.vendor.id, email: input.email, role: "member", invited_by: actor.id, ...stored })
    const event = await marketplace.createVendorEvents({ vendor_id: actor.vendor.id, type: "invited", actor_type: "vendor", actor_id: actor.id, data: { email: input.email, role: "member" } })
    const vendor = { id: actor.vendor.id, name: actor.vendor.name, contact_email: actor.vendor.contact_email }
    return new StepResponse(
      { vendor, member_id: member.id, email: input.email, token, event_id: event.id, invited_by: actor.email },
      { member_id: existing ? null : member.id, event_id: event.id }
    )
  },
  async (made, { container }) => {
    if (!made) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteVendorEvents(made.event_id)
    if (made.member_id) await marketplace.deleteVendorMembers(made.member_id)
  }
)

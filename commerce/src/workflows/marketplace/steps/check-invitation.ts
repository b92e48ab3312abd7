import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { hashInviteToken } from "../../../modules/marketplace/lib/invite-token"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type AcceptInvitationInput = { token: string; auth_identity_id: string }
export type CheckedInvitation = { member_id: string; vendor_id: string; invite_token_hash: string; expires_at: Date }

export const checkInvitationStepId = "check-vendor-invitation"

/**
 * Whether this sign-in may accept this invitation: the link is unused and
 * unexpired, the vendor approved, the sign-in's email the one invited, and
 * the sign-in not already a vendor's. Reads only: nothing to undo.
 */
export const checkInvitationStep = createStep(checkInvitationStepId, async (input: AcceptInvitationInput, { container }) => {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const invite_token_hash = hashInviteToken(input.token)
  const [member] = await marketplace.listVendorMembers({ invite_token_hash }, { relations: ["vendor"], take: 1 })
  if (!member || member.auth_identity_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is not valid or was already used")
  if (!member.invite_expires_at || new Date(member.invite_expires_at).getTime() <= Date.now()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation link has expired: ask for a new one")
  }
  if (member.vendor.status !== "approved") throw new MedusaError(MedusaError.Types.FORBIDDEN, `${member.vendor.name} is ${member.vendor.status}: its invitations cannot be accepted now`)

  const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id?.toLowerCase()
  if (email !== member.email.toLowerCase()) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `This invitation is for ${member.email}: sign up or sign in with that email to accept it`)
  }
  if (identity.app_metadata?.vendor_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This sign-in already belongs to a vendor")
  return new StepResponse<CheckedInvitation>({ member_id: member.id, vendor_id: member.vendor.id, invite_token_hash, expires_at: member.invite_expires_at })
})

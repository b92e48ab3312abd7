import { env } from "../../lib/env"
import { maskAccountNumber } from "../../modules/marketplace/lib/mask"
import type { currentVendorMember } from "./current-member"

type Member = Awaited<ReturnType<typeof currentVendorMember>>

/** The vendor as its own members see it: the settlement account masked, the Paystack subaccount as a yes or no. */
export const presentVendorForMember = (member: Member) => {
  const v = member.vendor
  return {
    id: v.id,
    name: v.name,
    handle: v.handle,
    bio: v.bio,
    contact_email: v.contact_email,
    contact_phone: v.contact_phone,
    status: v.status,
    status_reason: v.status_reason,
    commission_rate: v.commission_rate ?? env.MARKETPLACE_COMMISSION_PERCENT,
    payouts_ready: !!v.paystack_subaccount_code,
    settlement_bank_code: v.settlement_bank_code,
    settlement_account_number: maskAccountNumber(v.settlement_account_number),
  }
}

export const presentMember = (m: { id: string; email: string; role: string; auth_identity_id?: string | null; accepted_at?: Date | string | null }) => ({
  id: m.id,
  email: m.email,
  role: m.role,
  joined: !!m.auth_identity_id,
  accepted_at: m.accepted_at ?? null,
})

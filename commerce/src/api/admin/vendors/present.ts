import type { MedusaContainer } from "@medusajs/framework/types"
import { env } from "../../../lib/env"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

type VendorRow = Awaited<ReturnType<MarketplaceModuleService["retrieveVendor"]>>

/** A vendor as staff see it: the whole settlement account, the commission in force, and its members. */
export async function presentVendorsForStaff(container: MedusaContainer, vendors: VendorRow[]) {
  const ids = vendors.map((v) => v.id)
  const members = ids.length
    ? await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).listVendorMembers({ vendor_id: ids }, { order: { created_at: "ASC" } })
    : []
  return vendors.map((v) => ({
    id: v.id,
    name: v.name,
    handle: v.handle,
    bio: v.bio,
    contact_email: v.contact_email,
    contact_phone: v.contact_phone,
    status: v.status,
    status_reason: v.status_reason,
    decided_by: v.decided_by,
    decided_at: v.decided_at,
    commission_rate: v.commission_rate,
    effective_commission_rate: v.commission_rate ?? env.MARKETPLACE_COMMISSION_PERCENT,
    paystack_subaccount_code: v.paystack_subaccount_code,
    settlement_bank_code: v.settlement_bank_code,
    settlement_account_number: v.settlement_account_number,
    created_at: v.created_at,
    members: members
      .filter((m) => m.vendor_id === v.id)
      .map((m) => ({ id: m.id, email: m.email, role: m.role, joined: !!m.auth_identity_id, accepted_at: m.accepted_at })),
  }))
}

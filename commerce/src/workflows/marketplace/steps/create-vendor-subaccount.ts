import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../../lib/env"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { PaystackClient } from "../../../modules/paystack/client"

export const createVendorSubaccountStepId = "create-vendor-subaccount"

/**
 * The vendor's Paystack subaccount, made once: a vendor that has one (approved
 * before, suspended, approved again) keeps it. The platform's share is the
 * vendor's commission_rate, or MARKETPLACE_COMMISSION_PERCENT. Nothing to
 * undo: Paystack cannot delete a subaccount, and its code stays on the vendor
 * so a later approval reuses it rather than making another.
 */
export const createVendorSubaccountStep = createStep(createVendorSubaccountStepId, async (input: { vendor_id: string }, { container }) => {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const vendor = await marketplace.retrieveVendor(input.vendor_id)
  if (vendor.paystack_subaccount_code) return new StepResponse(vendor.paystack_subaccount_code)
  const paystack = new PaystackClient(env.PAYSTACK_SECRET_KEY, env.PAYSTACK_API_URL, env.PAYSTACK_TIMEOUT_MS)
  const subaccount = await paystack.createSubaccount({
    business_name: vendor.name,
    settlement_bank: vendor.settlement_bank_code,
    account_number: vendor.settlement_account_number,
    percentage_charge: vendor.commission_rate ?? env.MARKETPLACE_COMMISSION_PERCENT,
    primary_contact_email: vendor.contact_email,
    ...(vendor.contact_phone ? { primary_contact_phone: vendor.contact_phone } : {}),
    metadata: { vendor_id: vendor.id },
  })
  await marketplace.updateVendors({ id: vendor.id, paystack_subaccount_code: subaccount.subaccount_code })
  return new StepResponse(subaccount.subaccount_code)
})

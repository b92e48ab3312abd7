import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../../lib/env"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { PaystackClient } from "../../../modules/paystack/client"

export const createVendorSubaccountStepId = "create-vendor-subaccount"

const paystackClient = () => new PaystackClient(env.PAYSTACK_SECRET_KEY, env.PAYSTACK_API_URL, env.PAYSTACK_TIMEOUT_MS)

/**
 * The vendor's Paystack subaccount, made once: a vendor that has one (approved
 * before, suspended, approved again) keeps it, and it is made active again
 * with the commission in force (a suspension deactivated it). The platform's
 * share is the vendor's commission_rate, or MARKETPLACE_COMMISSION_PERCENT.
 * Nothing to undo: Paystack cannot delete a subaccount, and its code stays on
 * the vendor so a later approval reuses it rather than making another.
 */
export const createVendorSubaccountStep = createStep(createVendorSubaccountStepId, async (input: { vendor_id: string }, { container }) => {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const vendor = await marketplace.retrieveVendor(input.vendor_id)
  const percentage_charge = vendor.commission_rate ?? env.MARKETPLACE_COMMISSION_PERCENT
  if (vendor.paystack_subaccount_code) {
    await paystackClient().updateSubaccount(vendor.paystack_subaccount_code, { active: true, percentage_charge })
    return new StepResponse(vendor.paystack_subaccount_code)
  }
  const subaccount = await paystackClient().createSubaccount({
    business_name: vendor.name,
    settlement_bank: vendor.settlement_bank_code,
    account_number: vendor.settlement_account_number,
    percentage_charge,
    primary_contact_email: vendor.contact_email,
    ...(vendor.contact_phone ? { primary_contact_phone: vendor.contact_phone } : {}),
    metadata: { vendor_id: vendor.id },
  })
  await marketplace.updateVendors({ id: vendor.id, paystack_subaccount_code: subaccount.subaccount_code })
  return new StepResponse(subaccount.subaccount_code)
})

export const deactivateVendorSubaccountStepId = "deactivate-vendor-subaccount"

/**
 * A suspended vendor's subaccount is made inactive at Paystack, so nothing
 * can settle to it while the vendor is suspended. The suspension itself never
 * waits on Paystack: the split already leaves a suspended vendor's lines to
 * the shop, so if Paystack cannot be reached the subaccount stays active
 * there (logged, for staff to retry by suspending again later or in
 * Paystack's dashboard) and the vendor is suspended here all the same.
 */
export const deactivateVendorSubaccountStep = createStep(deactivateVendorSubaccountStepId, async (input: { vendor_id: string }, { container }) => {
  const vendor = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveVendor(input.vendor_id)
  if (!vendor.paystack_subaccount_code) return new StepResponse({ deactivated: false })
  try {
    await paystackClient().updateSubaccount(vendor.paystack_subaccount_code, { active: false })
    return new StepResponse({ deactivated: true })
  } catch (error) {
    container
      .resolve("logger")
      .warn(`Vendor ${vendor.id} is suspended, but its Paystack subaccount ${vendor.paystack_subaccount_code} could not be deactivated: ${(error as Error).message}`)
    return new StepResponse({ deactivated: false })
  }
})

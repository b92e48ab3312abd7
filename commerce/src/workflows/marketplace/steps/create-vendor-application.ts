import { MedusaError, toHandle } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type VendorApplication = {
  name: string
  bio: string
  contact_email: string
  contact_phone: string | null
  settlement_bank_code: string
  settlement_account_number: string
}

export const createVendorApplicationStepId = "create-vendor-application"

const HANDLE_MAX = 60

/** The first of `handle`, `handle-2`, `handle-3`… that no vendor uses. */
async function freeHandle(marketplace: MarketplaceModuleService, name: string) {
  const base = toHandle(name).slice(0, HANDLE_MAX).replace(/-+$/, "") || "vendor"
  const candidates = [base, ...Array.from({ length: 20 }, (_, i) => `${base}-${i + 2}`)]
  const taken = new Set((await marketplace.listVendors({ handle: candidates }, { select: ["handle"] })).map((v) => v.handle))
  const free = candidates.find((c) => !taken.has(c))
  if (!free) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Too many vendors are called "${name}": choose another name`)
  return free
}

const alreadyOpen = (email: string, status: string) =>
  new MedusaError(
    MedusaError.Types.DUPLICATE_ERROR,
    `${email} already has ${status === "pending" ? "an application under review" : "a vendor account"}: we will email you there`
  )

/** A pending vendor under the first free handle; PostgreSQL settles two applications racing for a handle or an email. */
async function createPendingVendor(marketplace: MarketplaceModuleService, input: VendorApplication) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await marketplace.createVendors({ ...input, handle: await freeHandle(marketplace, input.name), status: "pending" })
    } catch (error) {
      const message = (error as Error).message ?? ""
      if (!/already exists/i.test(message)) throw error
      if (/contact_email/.test(message)) throw alreadyOpen(input.contact_email, "pending")
      if (attempt >= 3) throw error
    }
  }
}

/**
 * A pending vendor, its owner (the applicant, invited once approved) and an
 * `applied` event. 422 when this email already has an application under
 * review or a vendor. Undone by deleting all three.
 */
export const createVendorApplicationStep = createStep(
  createVendorApplicationStepId,
  async (input: VendorApplication, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [open] = await marketplace.listVendors({ contact_email: input.contact_email, status: ["pending", "approved", "suspended"] }, { take: 1 })
    if (open) throw alreadyOpen(input.contact_email, open.status)
    const vendor = await createPendingVendor(marketplace, input)
    const owner = await marketplace.createVendorMembers({ vendor_id: vendor.id, email: input.contact_email, role: "owner" })
    const event = await marketplace.createVendorEvents({ vendor_id: vendor.id, type: "applied", actor_type: "applicant", actor_id: null })
    return new StepResponse(vendor, { vendor_id: vendor.id, member_id: owner.id, event_id: event.id })
  },
  async (created, { container }) => {
    if (!created) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteVendorEvents(created.event_id)
    await marketplace.deleteVendorMembers(created.member_id)
    await marketplace.deleteVendors(created.vendor_id)
  }
)

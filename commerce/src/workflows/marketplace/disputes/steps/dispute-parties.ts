import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"

export type DisputeParties = {
  dispute: { id: string; order_id: string; line_item_id: string | null; reason: string; status: string; refunded_amount: number; currency_code: string; email: string }
  line_title: string
  order_display_id: number | null
  /** The storefront's country of the order (its addresses'), for the buyer's link. */
  country_code: string
  /** The vendor's owner (the person who applied), or null for the shop's own line. */
  vendor_email: string | null
}

/** Who a dispute's emails go to besides staff: the buyer and the line's vendor's owner, and what to call the line. */
export const disputePartiesStep = createStep("dispute-parties", async (input: { dispute_id: string }, { container }) => {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const dispute = await marketplace.retrieveDispute(input.dispute_id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id", "shipping_address.country_code", "billing_address.country_code", "items.id", "items.title", "items.product_title"], filters: { id: dispute.order_id } })
  const line = (orders[0]?.items ?? []).find((i) => i?.id === dispute.line_item_id)
  let vendorEmail: string | null = null
  if (dispute.vendor_id) {
    const [owner] = await marketplace.listVendorMembers({ vendor_id: dispute.vendor_id, role: "owner" }, { take: 1 })
    vendorEmail = owner?.email ?? (await marketplace.retrieveVendor(dispute.vendor_id)).contact_email
  }
  const parties: DisputeParties = {
    dispute: {
      id: dispute.id,
      order_id: dispute.order_id,
      line_item_id: dispute.line_item_id,
      reason: dispute.reason,
      status: dispute.status,
      refunded_amount: Number(dispute.refunded_amount),
      currency_code: dispute.currency_code,
      email: dispute.email,
    },
    line_title: line ? [line.product_title, line.title].filter(Boolean).join(" — ") : "the whole order",
    // Medusa's generated Order types display_id loosely (number here, a string after `medusa build`'s types): read it as a number either way.
    order_display_id: orders[0]?.display_id == null ? null : Number(orders[0].display_id),
    country_code: (orders[0]?.shipping_address?.country_code ?? orders[0]?.billing_address?.country_code ?? "ng").toLowerCase(),
    vendor_email: vendorEmail,
  }
  return new StepResponse(parties)
})

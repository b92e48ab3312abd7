import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchInventoryItemLevelsWorkflow, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorProductUpdatePlan } from "./plan-vendor-product-update"
import { createProductChangeRequestStep } from "./steps/create-product-change-request"

export type UpdateVendorProductInput = { vendor_id: string; member_id: string; plan: VendorProductUpdatePlan }

export const updateVendorProductWorkflowId = "update-vendor-product"

/**
 * A vendor's edit of their own product, as planned by planVendorProductUpdate:
 * title and description, prices now (logged when the product is public) or
 * a price change waiting for staff, and print stock.
 */
export const updateVendorProductWorkflow = createWorkflow(updateVendorProductWorkflowId, (input: UpdateVendorProductInput) => {
  const change = transform({ input }, ({ input }) => input.plan.price_change)
  // The waiting request first: a second one while one waits is refused before anything else changes.
  when("vendor-price-change-waits", { change }, ({ change }) => !!change?.needs_approval).then(() => {
    createProductChangeRequestStep(
      transform({ input }, ({ input }) => ({
        vendor_id: input.vendor_id,
        product_id: input.plan.product_id,
        kind: "price_change" as const,
        requested_by: input.member_id,
        proposed: { prices: input.plan.price_change!.proposed },
        previous: { prices: input.plan.price_change!.previous },
      }))
    ).config({ name: "request-vendor-price-change" })
  })
  when("vendor-product-details-change", { input }, ({ input }) => !!input.plan.details).then(() => {
    updateProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ selector: { id: input.plan.product_id }, update: input.plan.details! })) })
  })
  when("vendor-prices-apply-now", { input }, ({ input }) => input.plan.prices_now.length > 0).then(() => {
    updateProductVariantsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ product_variants: input.plan.prices_now })) })
  })
  when("vendor-price-change-logged", { change }, ({ change }) => !!change?.logged && !change.needs_approval).then(() => {
    createProductChangeRequestStep(
      transform({ input }, ({ input }) => ({
        vendor_id: input.vendor_id,
        product_id: input.plan.product_id,
        kind: "price_change" as const,
        requested_by: input.member_id,
        proposed: { prices: input.plan.price_change!.proposed },
        previous: { prices: input.plan.price_change!.previous },
        applied_at_once: true,
      }))
    ).config({ name: "log-vendor-price-change" })
  })
  when("vendor-stock-change", { input }, ({ input }) => input.plan.stock_updates.length + input.plan.stock_creates.length > 0).then(() => {
    batchInventoryItemLevelsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ create: input.plan.stock_creates, update: input.plan.stock_updates, delete: [] })) })
  })
  return new WorkflowResponse({ price_change_waits: transform({ change }, ({ change }) => !!change?.needs_approval) })
})

import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import { createProductChangeRequestStep } from "./steps/create-product-change-request"

export type CreateVendorProductInput = {
  vendor_id: string
  member_id: string
  product: CreateProductWorkflowInputDTO
  /** Copies on hand per print SKU, stocked at `stock_location_id`. */
  stock: Record<string, number>
  stock_location_id: string | null
}

export const createVendorProductWorkflowId = "create-vendor-product"

/** A vendor's new book or course: a draft product linked to the vendor, its print stock, and a `new` request for staff to approve. */
export const createVendorProductWorkflow = createWorkflow(createVendorProductWorkflowId, (input: CreateVendorProductInput) => {
  const products = createProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ products: [input.product] })) })
  const productId = transform({ products }, ({ products }) => products[0].id)
  createRemoteLinkStep(transform({ input, productId }, ({ input, productId }) => [{ [MARKETPLACE_MODULE]: { vendor_id: input.vendor_id }, [Modules.PRODUCT]: { product_id: productId } }]))

  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productId },
  }).config({ name: "vendor-product-variants" })
  const levels = transform({ input, variants }, ({ input, variants }) =>
    input.stock_location_id
      ? variants.flatMap((v) =>
          v.sku && input.stock[v.sku] !== undefined
            ? (v.inventory_items ?? []).flatMap((i) => (i ? [{ inventory_item_id: i.inventory_item_id, location_id: input.stock_location_id!, stocked_quantity: input.stock[v.sku!] }] : []))
            : []
        )
      : []
  )
  when("vendor-product-has-print-stock", { levels }, ({ levels }) => levels.length > 0).then(() => {
    createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })
  })

  const request = createProductChangeRequestStep(
    transform({ input, productId }, ({ input, productId }) => ({
      vendor_id: input.vendor_id,
      product_id: productId,
      kind: "new" as const,
      requested_by: input.member_id,
      proposed: {
        title: input.product.title,
        description: input.product.description ?? null,
        variants: (input.product.variants ?? []).map((v) => ({ title: v.title, prices: v.prices, stock: v.sku ? input.stock[v.sku] ?? null : null })),
      },
    }))
  )
  return new WorkflowResponse({ product_id: productId, request })
})

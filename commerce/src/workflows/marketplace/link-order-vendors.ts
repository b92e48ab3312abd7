import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"

export const linkOrderVendorsWorkflowId = "link-order-vendors"

type OrderVendorLink = Record<string, Record<string, string>>

/**
 * Links a placed order, and its customer, to each vendor whose products it
 * holds (found through the vendor↔product link). Medusa's link tables upsert,
 * so a repeated event links nothing twice; undone by dismissing what it made.
 */
const linkOrderVendorsStep = createStep(
  "link-order-vendors",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "customer_id", "items.product_id"], filters: { id: input.order_id } })
    const order = orders[0] as { id: string; customer_id?: string | null; items?: { product_id?: string | null }[] } | undefined
    const productIds = [...new Set((order?.items ?? []).map((item) => item.product_id).filter((id): id is string => !!id))]
    if (!order || productIds.length === 0) return new StepResponse({ vendor_ids: [] as string[] }, [] as OrderVendorLink[])
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "vendor.id"], filters: { id: productIds } })
    const vendorIds = [...new Set(products.map((p) => (p as { vendor?: { id: string } | null }).vendor?.id).filter((id): id is string => !!id))].sort()
    const links = vendorIds.flatMap((vendor_id): OrderVendorLink[] => [
      { [MARKETPLACE_MODULE]: { vendor_id }, [Modules.ORDER]: { order_id: order.id } },
      ...(order.customer_id ? [{ [MARKETPLACE_MODULE]: { vendor_id }, [Modules.CUSTOMER]: { customer_id: order.customer_id } }] : []),
    ])
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse({ vendor_ids: vendorIds }, links)
  },
  async (links, { container }) => {
    // Only the order's links: a vendor↔customer link may predate this order.
    const own = (links ?? []).filter((link) => Modules.ORDER in link)
    if (own.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(own)
  }
)

/** order.placed: the vendors of the order's lines, linked to the order and to its customer. */
export const linkOrderVendorsWorkflow = createWorkflow(linkOrderVendorsWorkflowId, (input: { order_id: string }) => {
  return new WorkflowResponse(linkOrderVendorsStep(input))
})

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

type DisputeRow = Awaited<ReturnType<MarketplaceModuleService["retrieveDispute"]>>

/**
 * Who reads a dispute: the buyer and the vendor see what was said and by
 * which party, never who at the other party said it (no customer, member or
 * staff ids, no buyer's email for the vendor); staff see everything.
 */
export type DisputeAudience = "buyer" | "vendor" | "staff"

/** Disputes with their log (oldest first), the line's title and the order's number, as `audience` may read them. */
export async function presentDisputes(container: MedusaContainer, disputes: DisputeRow[], audience: DisputeAudience) {
  if (!disputes.length) return []
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const ids = disputes.map((d) => d.id)
  const events = await marketplace.listDisputeEvents({ dispute_id: ids }, { order: { created_at: "ASC", id: "ASC" } })
  const orderIds = [...new Set(disputes.map((d) => d.order_id))]
  const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "items.id", "items.title", "items.product_title", "items.total"],
    filters: { id: orderIds },
  })
  const vendorIds = [...new Set(disputes.map((d) => d.vendor_id).filter((v): v is string => !!v))]
  const vendors = vendorIds.length ? await marketplace.listVendors({ id: vendorIds }, { select: ["id", "name"] }) : []
  return disputes.map((d) => {
    const order = orders.find((o) => o.id === d.order_id)
    const line = (order?.items ?? []).find((i) => i?.id === d.line_item_id)
    return {
      id: d.id,
      order_id: d.order_id,
      order_display_id: order?.display_id ?? null,
      line_item_id: d.line_item_id,
      line_title: line ? [line.product_title, line.title].filter(Boolean).join(" — ") : null,
      vendor: d.vendor_id ? { id: d.vendor_id, name: vendors.find((v) => v.id === d.vendor_id)?.name ?? null } : null,
      reason: d.reason,
      description: d.description,
      status: d.status,
      currency_code: d.currency_code,
      refunded_amount: Number(d.refunded_amount),
      source: d.source,
      created_at: d.created_at,
      decided_at: d.decided_at,
      ...(audience === "staff"
        ? {
            email: d.email,
            customer_id: d.customer_id,
            paystack_dispute_id: d.paystack_dispute_id,
            paystack_resolution: d.paystack_resolution,
            decided_by: d.decided_by,
            line_total: line ? Number(line.total) : null,
          }
        : {}),
      events: events
        .filter((e) => e.dispute_id === d.id)
        .map((e) => ({
          id: e.id,
          type: e.type,
          actor_type: e.actor_type,
          ...(audience === "staff" ? { actor_id: e.actor_id, data: e.data } : {}),
          message: e.message,
          amount: (e.data as { amount?: number } | null)?.amount ?? null,
          created_at: e.created_at,
        })),
    }
  })
}

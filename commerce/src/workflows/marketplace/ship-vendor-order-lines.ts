import { acquireLockStep, createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { digitalDeliveryLockKey } from "../digital-delivery"
import { planVendorShipmentStep } from "./steps/plan-vendor-shipment"

export const shipVendorOrderLinesWorkflowId = "ship-vendor-order-lines"

export type ShipVendorOrderLinesInput = {
  order_id: string
  vendor_id: string
  /** The vendor member shipping: recorded as the fulfilment's and shipment's creator. */
  member_id: string
  items: { line_item_id: string; quantity: number }[]
  tracking_number?: string
  carrier?: string
}

/**
 * A vendor ships copies of its own print lines of an order as staff do: one
 * fulfilment through Medusa's createOrderFulfillmentWorkflow (stock leaves the
 * warehouse, the reservation goes) marked shipped with its tracking number by
 * createOrderShipmentWorkflow (the buyer's order page and shipped email
 * follow). Under the order's lock (the one digital delivery and cancellation
 * take), so a double submit ships once: the second finds nothing left.
 */
export const shipVendorOrderLinesWorkflow = createWorkflow(shipVendorOrderLinesWorkflowId, (input: ShipVendorOrderLinesInput) => {
  const lockKey = transform({ input }, ({ input }) => digitalDeliveryLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planVendorShipmentStep(input)
  const fulfillmentInput = transform({ plan, input }, ({ plan, input }) => ({
    order_id: input.order_id,
    items: plan.items,
    created_by: input.member_id,
    metadata: { vendor_id: input.vendor_id, carrier: input.carrier ?? null },
  }))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
  const shipmentInput = transform({ plan, input, fulfillment }, ({ plan, input, fulfillment }) => ({
    order_id: input.order_id,
    fulfillment_id: fulfillment.id as string,
    items: plan.items,
    created_by: input.member_id,
    labels: input.tracking_number ? [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }] : [],
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ fulfillment }, ({ fulfillment }) => ({ fulfillment_id: fulfillment.id as string })))
})

import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DIGITAL_FULFILLMENT_PROVIDER_ID } from "../../modules/digital-fulfillment"
import { withdrawDigitalFulfillmentsStep } from "./steps/withdraw-digital-fulfillments"

export const withdrawDigitalDeliveriesWorkflowId = "withdraw-digital-deliveries"

type Fulfillment = { id: string; provider_id?: string | null; canceled_at?: unknown; shipped_at?: unknown }
export type CancellableOrder = { id: string; status: string; fulfillments?: (Fulfillment | null)[] | null }

/**
 * The digital fulfilments to withdraw before staff cancel the order: only
 * when they are all that stands in the way (an open print fulfilment makes
 * Medusa refuse the cancellation anyway, and then nothing is touched).
 */
/** Whether Medusa will cancel the order once its online deliveries are withdrawn (not cancelled or completed, no print fulfilment open). */
export function cancellableOnceDigitalWithdrawn(order: CancellableOrder | null | undefined): boolean {
  if (!order || ["canceled", "completed"].includes(order.status)) return false
  const open = (order.fulfillments ?? []).filter((f): f is Fulfillment => !!f && !f.canceled_at)
  return open.every((f) => f.provider_id === DIGITAL_FULFILLMENT_PROVIDER_ID && !f.shipped_at)
}

export function digitalFulfillmentsBlockingCancel(order: CancellableOrder | null | undefined): string[] {
  if (!order || ["canceled", "completed"].includes(order.status)) return []
  const open = (order.fulfillments ?? []).filter((f): f is Fulfillment => !!f && !f.canceled_at)
  const digital = open.filter((f) => f.provider_id === DIGITAL_FULFILLMENT_PROVIDER_ID && !f.shipped_at)
  return digital.length === open.length ? digital.map((f) => f.id) : []
}

/** Cancels the online deliveries of an order staff are cancelling (see withdrawDigitalFulfillmentsStep). */
export const withdrawDigitalDeliveriesWorkflow = createWorkflow(withdrawDigitalDeliveriesWorkflowId, (input: { order_id: string }) => {
  const { data: order } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "status", "fulfillments.id", "fulfillments.provider_id", "fulfillments.canceled_at", "fulfillments.shipped_at"],
    filters: { id: input.order_id },
    options: { isList: false },
  })
  const ids = transform({ order }, ({ order }) => digitalFulfillmentsBlockingCancel(order as unknown as CancellableOrder))
  const withdrawn = when("has-digital-deliveries", { ids }, ({ ids }) => ids.length > 0).then(() =>
    withdrawDigitalFulfillmentsStep(transform({ ids, input }, ({ ids, input }) => ({ order_id: input.order_id, fulfillment_ids: ids })))
  )
  return new WorkflowResponse(transform({ withdrawn }, ({ withdrawn }) => withdrawn ?? []))
})

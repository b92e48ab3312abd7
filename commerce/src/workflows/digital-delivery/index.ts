import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERABLE_ORDER_FIELDS, planDigitalDeliveryStep, type DeliverableOrder, type DigitalDeliveryPlan } from "./steps/plan-digital-delivery"

export const deliverDigitalOrderLinesWorkflowId = "deliver-digital-order-lines"

/** The lock that orders an order's deliveries and its cancellation (see cancelOrderWithOnlineDeliveries). */
export const digitalDeliveryLockKey = (orderId: string) => `digital-delivery:${orderId}`

/**
 * Fulfils a paid order's ebook and course lines through the digital
 * fulfilment provider and marks them delivered, with Medusa's own order
 * workflows, so the order reads "Delivered" (or "Partially delivered" beside
 * print copies still to ship). Once per order: runs for the same order wait
 * on one lock and find nothing left to deliver.
 */
export const deliverDigitalOrderLinesWorkflow = createWorkflow(deliverDigitalOrderLinesWorkflowId, (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => digitalDeliveryLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const { data: order } = useQueryGraphStep({
    entity: "order",
    fields: DELIVERABLE_ORDER_FIELDS,
    filters: { id: input.order_id },
    options: { isList: false, throwIfKeyNotFound: true },
  })
  const plan = planDigitalDeliveryStep(order as unknown as DeliverableOrder)

  const fulfillmentId = when("has-digital-lines", { plan }, ({ plan }) => !!plan).then(() => {
    const fulfillmentInput = transform({ plan, input }, ({ plan, input }) => ({
      order_id: input.order_id,
      items: (plan as NonNullable<DigitalDeliveryPlan>).items,
      shipping_option_id: (plan as NonNullable<DigitalDeliveryPlan>).shipping_option_id,
      // The order confirmation already says where ebooks and courses are; no "fulfilment created" email.
      no_notification: true,
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
    const delivery = transform({ fulfillment, input }, ({ fulfillment, input }) => ({ orderId: input.order_id, fulfillmentId: fulfillment.id }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivery })
    return transform({ fulfillment }, ({ fulfillment }) => fulfillment.id as string)
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ fulfillmentId }, ({ fulfillmentId }) => ({ fulfillment_id: fulfillmentId ?? null })))
})

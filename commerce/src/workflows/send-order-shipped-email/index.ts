import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  ORDER_EMAIL_FIELDS,
  ORDER_EMAIL_TEMPLATES,
  orderEmail,
  shipmentDetails,
  type EmailFulfillment,
  type EmailOrder,
} from "../../lib/order-emails"

export const sendOrderShippedEmailWorkflowId = "send-order-shipped-email"

/** Emails the shopper that a shipment left: what is in it, its tracking, and the order. */
export const sendOrderShippedEmailWorkflow = createWorkflow(sendOrderShippedEmailWorkflowId, (input: { fulfillment_id: string }) => {
  const { data: fulfillment } = useQueryGraphStep({
    entity: "fulfillment",
    fields: ["id", "order.id", "items.line_item_id", "items.quantity", "labels.tracking_number", "labels.tracking_url"],
    filters: { id: input.fulfillment_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-fulfillment" })
  const orderId = transform({ fulfillment, input }, ({ fulfillment, input }) => {
    const id = (fulfillment as unknown as EmailFulfillment).order?.id
    // Never query with an undefined id: Query would match every order.
    if (!id) throw new Error(`Fulfillment ${input.fulfillment_id} belongs to no order`)
    return id
  })
  const { data: order } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_EMAIL_FIELDS,
    filters: { id: orderId },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-order" })
  const notifications = transform({ order, fulfillment }, ({ order, fulfillment }) => {
    const shipment = fulfillment as unknown as EmailFulfillment
    const email = order as unknown as EmailOrder
    return orderEmail(email, ORDER_EMAIL_TEMPLATES.shipped, `order-shipped:${shipment.id}`, shipmentDetails(email, shipment))
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})

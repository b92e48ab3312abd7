import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EMAIL_FIELDS, ORDER_EMAIL_TEMPLATES, orderEmail, type EmailOrder } from "../../lib/order-emails"

export const sendOrderPlacedEmailWorkflowId = "send-order-placed-email"

/** Emails the shopper their order confirmation: lines, totals and a link to the order. */
export const sendOrderPlacedEmailWorkflow = createWorkflow(sendOrderPlacedEmailWorkflowId, (input: { order_id: string }) => {
  const { data: order } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_EMAIL_FIELDS,
    filters: { id: input.order_id },
    options: { isList: false, throwIfKeyNotFound: true },
  })
  const notifications = transform({ order }, ({ order }) =>
    orderEmail(order as unknown as EmailOrder, ORDER_EMAIL_TEMPLATES.placed, `order-placed:${order.id}`)
  )
  return new WorkflowResponse(sendNotificationsStep(notifications))
})

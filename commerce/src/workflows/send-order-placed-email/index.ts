import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GUEST_EBOOK_FIELDS, guestEbookLinks } from "../../lib/ebooks/guest-links"
import { ORDER_EMAIL_FIELDS, ORDER_EMAIL_TEMPLATES, orderEmail, type EmailOrder } from "../../lib/order-emails"

export const sendOrderPlacedEmailWorkflowId = "send-order-placed-email"

/**
 * Emails the shopper their order confirmation: lines, totals and a link to
 * the order; a guest also gets a download link for each ebook.
 */
export const sendOrderPlacedEmailWorkflow = createWorkflow(sendOrderPlacedEmailWorkflowId, (input: { order_id: string }) => {
  const { data: order } = useQueryGraphStep({
    entity: "order",
    fields: [...ORDER_EMAIL_FIELDS, ...GUEST_EBOOK_FIELDS],
    filters: { id: input.order_id },
    options: { isList: false, throwIfKeyNotFound: true },
  })
  const notifications = transform({ order }, ({ order }) =>
    orderEmail(order as unknown as EmailOrder, ORDER_EMAIL_TEMPLATES.placed, `order-placed:${order.id}`, {
      ebook_links: guestEbookLinks(order as Parameters<typeof guestEbookLinks>[0]),
    })
  )
  return new WorkflowResponse(sendNotificationsStep(notifications))
})

import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adminUrl } from "../staff-alerts/admin-url"
import { resolveStaffRecipientsStep } from "../staff-alerts/steps/resolve-staff-recipients"
import { findVariantsOfInventoryLevelsStep } from "./steps/find-variants-of-inventory-levels"
import { recordStockFallsStep, type OpenedAlert } from "./steps/record-stock-falls"

export const alertLowStockWorkflowId = "alert-low-stock"

const lowStockEmails = ({ opened, recipients }: { opened: OpenedAlert[]; recipients: string[] }) =>
  opened.flatMap((alert) =>
    recipients.map((to) => ({
      to,
      channel: "email",
      template: "low-stock",
      // One email per recipient per fall, however often this runs.
      idempotency_key: `low-stock:${alert.alert_id}:${to}`,
      data: {
        product_title: alert.product_title,
        variant_title: alert.variant_title,
        sku: alert.sku,
        available: alert.available,
        threshold: alert.threshold,
        product_url: adminUrl(alert.product_id ? `/products/${alert.product_id}` : "/products"),
        stock_url: adminUrl("/stock"),
      },
    }))
  )

/** Emails staff once when a variant of these inventory levels falls below its low-stock threshold, and re-arms it when stock is back. */
export const alertLowStockWorkflow = createWorkflow(alertLowStockWorkflowId, (input: { inventory_level_ids: string[] }) => {
  const variantIds = findVariantsOfInventoryLevelsStep(input)
  const opened = recordStockFallsStep(variantIds)
  when("low-stock-alert-opened", { opened }, ({ opened }) => opened.length > 0).then(() => {
    const recipients = resolveStaffRecipientsStep()
    sendNotificationsStep(transform({ opened, recipients }, lowStockEmails))
  })
  return new WorkflowResponse(opened)
})

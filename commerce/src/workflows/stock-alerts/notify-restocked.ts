import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"
import { findVariantsOfInventoryLevelsStep } from "./steps/find-variants-of-inventory-levels"
import { claimRestockedRequestsStep, removeRestockRequestsStep, type RestockNotice } from "./steps/claim-restocked-requests"

export const notifyRestockedWorkflowId = "notify-restocked"
export const BACK_IN_STOCK_TEMPLATE = "back-in-stock"

const productUrl = (notice: RestockNotice) =>
  `${env.STOREFRONT_PUBLIC_URL}/${encodeURIComponent(notice.country_code)}${notice.handle ? `/products/${encodeURIComponent(notice.handle)}` : "/store"}`

/**
 * "Email me when it's back": when these inventory levels change, each reader
 * waiting for a variant that can be bought again gets one email, and their
 * request is removed. Not marketing: the reader asked for this one email, so
 * the marketing opt-out does not stop it (as an order's emails are not).
 */
export const notifyRestockedWorkflow = createWorkflow(notifyRestockedWorkflowId, (input: { inventory_level_ids: string[] }) => {
  const variantIds = findVariantsOfInventoryLevelsStep(input)
  const notices = claimRestockedRequestsStep(transform({ variantIds }, ({ variantIds }) => ({ variant_ids: variantIds })))
  when("restock-requests-claimed", { notices }, ({ notices }) => notices.length > 0).then(() => {
    sendNotificationsStep(
      transform({ notices }, ({ notices }) =>
        notices.map((notice) => ({
          to: notice.email,
          channel: "email",
          template: BACK_IN_STOCK_TEMPLATE,
          // The claim decides who sends; the key names this try. (Medusa 2.21 cannot retry under a key whose
          // first try failed: it sends, then fails to update the row, and the workflow would give the claim back.)
          idempotency_key: `back-in-stock:${notice.request_id}:${notice.claimed_at}`,
          data: { product_title: notice.product_title, variant_title: notice.variant_title, product_url: productUrl(notice) },
        }))
      )
    )
    removeRestockRequestsStep(transform({ notices }, ({ notices }) => notices.map((n) => n.request_id)))
  })
  return new WorkflowResponse(transform({ notices }, ({ notices }) => ({ notified: notices.map((n) => n.email) })))
})

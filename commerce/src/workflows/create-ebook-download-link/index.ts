import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LIBRARY_ORDER_FIELDS, type LibraryOrder } from "../../lib/ebooks/library"
import { findOwnedEbookStep } from "./steps/find-owned-ebook"
import { signEbookDownloadLinkStep } from "./steps/sign-ebook-download-link"

export const createEbookDownloadLinkWorkflowId = "create-ebook-download-link"

/** A short-lived signed download link for an ebook the customer owns (404 for any other line). */
export const createEbookDownloadLinkWorkflow = createWorkflow(
  createEbookDownloadLinkWorkflowId,
  (input: { customer_id: string; item_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: LIBRARY_ORDER_FIELDS,
      filters: { customer_id: input.customer_id, is_draft_order: false },
    })
    const ebook = findOwnedEbookStep({ orders: orders as unknown as LibraryOrder[], item_id: input.item_id })
    return new WorkflowResponse(signEbookDownloadLinkStep(ebook))
  }
)

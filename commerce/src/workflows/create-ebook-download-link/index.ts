import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { EbookFormat } from "../../lib/ebooks/files"
import { LIBRARY_ORDER_FIELDS, type LibraryOrder } from "../../lib/ebooks/library"
import { findOwnedEbookStep } from "./steps/find-owned-ebook"
import { signEbookDownloadLinkStep } from "./steps/sign-ebook-download-link"

export const createEbookDownloadLinkWorkflowId = "create-ebook-download-link"

/**
 * Who may download: a signed-in customer (any of their orders), or the
 * holder of a guest order's emailed link (that one order).
 */
export type EbookOwner = { customer_id: string; order_id?: never } | { order_id: string; customer_id?: never }

/** A short-lived signed download link for an ebook its owner paid for, in `format` or its first (404 for any other line). */
export const createEbookDownloadLinkWorkflow = createWorkflow(
  createEbookDownloadLinkWorkflowId,
  (input: EbookOwner & { item_id: string; format?: EbookFormat | null }) => {
    const filters = transform({ input }, ({ input }) =>
      input.customer_id ? { customer_id: input.customer_id, is_draft_order: false } : { id: input.order_id!, is_draft_order: false }
    )
    const { data: orders } = useQueryGraphStep({ entity: "order", fields: LIBRARY_ORDER_FIELDS, filters })
    const ebook = findOwnedEbookStep({ orders: orders as unknown as LibraryOrder[], item_id: input.item_id, format: input.format })
    return new WorkflowResponse(signEbookDownloadLinkStep(ebook))
  }
)

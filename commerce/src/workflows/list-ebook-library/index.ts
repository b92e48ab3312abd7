import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LIBRARY_ORDER_FIELDS, ownedEbooks, type LibraryOrder } from "../../lib/ebooks/library"

export const listEbookLibraryWorkflowId = "list-ebook-library"

/** The ebooks a customer owns: every ebook line of their paid orders. */
export const listEbookLibraryWorkflow = createWorkflow(listEbookLibraryWorkflowId, (input: { customer_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: LIBRARY_ORDER_FIELDS,
    filters: { customer_id: input.customer_id, is_draft_order: false },
  })
  const items = transform({ orders }, ({ orders }) => ownedEbooks(orders as unknown as LibraryOrder[]).map((owned) => owned.item))
  return new WorkflowResponse(items)
})

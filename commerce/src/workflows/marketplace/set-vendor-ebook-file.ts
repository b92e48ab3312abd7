import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { EbookFile, EbookFileSummary, EbookFormat } from "../../lib/ebooks/files"
import { removeEbookFileWorkflow } from "../ebook-files/remove-ebook-file"
import { setEbookFileWorkflow } from "../ebook-files/set-ebook-file"
import { recordVendorEventStep } from "./steps/record-vendor-event"

type VendorEbookChange = {
  vendor_id: string
  member_id: string
  product_id: string
  variant_id: string
  format: EbookFormat
  /** Whether the product is in the shop: its buyers download the new file (or lose this format) at once. */
  in_shop: boolean
  /** The file this one replaces or removes, as the log keeps it. */
  previous: EbookFileSummary | null
}

const logged = (input: VendorEbookChange, type: "ebook_file_set" | "ebook_file_removed", file: EbookFile | null) => ({
  vendor_id: input.vendor_id,
  type,
  actor_type: "vendor" as const,
  actor_id: input.member_id,
  data: {
    product_id: input.product_id,
    variant_id: input.variant_id,
    format: input.format,
    in_shop: input.in_shop,
    file: file ? { name: file.name, size: file.size } : null,
    previous: input.previous ? { name: input.previous.name, size: input.previous.size } : null,
  },
})

export const setVendorEbookFileWorkflowId = "set-vendor-ebook-file"

/** A vendor's upload becomes their ebook's file of its format, through staff's own workflow, and the vendor's log says so. */
export const setVendorEbookFileWorkflow = createWorkflow(setVendorEbookFileWorkflowId, (input: VendorEbookChange & { file: EbookFile }) => {
  // Logged first: if setting the file fails, the entry is taken back (and the upload deleted by staff's workflow).
  recordVendorEventStep(transform({ input }, ({ input }) => logged(input, "ebook_file_set", input.file)))
  const file = setEbookFileWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ variant_id: input.variant_id, format: input.format, file: input.file })),
  })
  return new WorkflowResponse(file)
})

export const removeVendorEbookFileWorkflowId = "remove-vendor-ebook-file"

/** A vendor removes one format's file of their ebook, through staff's own workflow, logged. */
export const removeVendorEbookFileWorkflow = createWorkflow(removeVendorEbookFileWorkflowId, (input: VendorEbookChange) => {
  recordVendorEventStep(transform({ input }, ({ input }) => logged(input, "ebook_file_removed", null)))
  removeEbookFileWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ variant_id: input.variant_id, format: input.format })) })
  return new WorkflowResponse(input.product_id)
})

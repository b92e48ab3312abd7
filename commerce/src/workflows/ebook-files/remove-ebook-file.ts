import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { EbookFormat } from "../../lib/ebooks/files"
import { deleteReplacedEbookFilesStep } from "./steps/delete-replaced-ebook-files"
import { setVariantEbookFileStep } from "./steps/set-variant-ebook-file"

export const removeEbookFileWorkflowId = "remove-ebook-file"

/** Takes one format's file off the variant and deletes it: owners are offered the formats left. */
export const removeEbookFileWorkflow = createWorkflow(removeEbookFileWorkflowId, (input: { variant_id: string; format: EbookFormat }) => {
  const key = transform({ input }, ({ input }) => `ebook-files:${input.variant_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const { replaced_keys } = setVariantEbookFileStep(
    transform({ input }, ({ input }) => ({ variant_id: input.variant_id, format: input.format, file: null }))
  )
  const deleted = deleteReplacedEbookFilesStep(replaced_keys)
  releaseLockStep({ key })
  return new WorkflowResponse(deleted)
})

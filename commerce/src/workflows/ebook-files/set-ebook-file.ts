import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { EbookFile, EbookFormat } from "../../lib/ebooks/files"
import { deleteReplacedEbookFilesStep } from "./steps/delete-replaced-ebook-files"
import { keepUploadedEbookFileStep } from "./steps/keep-uploaded-ebook-file"
import { setVariantEbookFileStep } from "./steps/set-variant-ebook-file"

export const setEbookFileWorkflowId = "set-ebook-file"

/** Makes an uploaded file the variant's file of its format, replacing (and deleting) the one before. */
export const setEbookFileWorkflow = createWorkflow(
  setEbookFileWorkflowId,
  (input: { variant_id: string; format: EbookFormat; file: EbookFile }) => {
    const key = transform({ input }, ({ input }) => `ebook-files:${input.variant_id}`)
    acquireLockStep({ key, timeout: 10, ttl: 30 })
    keepUploadedEbookFileStep(transform({ input }, ({ input }) => input.file.key))
    const { replaced_keys } = setVariantEbookFileStep(input)
    deleteReplacedEbookFilesStep(replaced_keys)
    releaseLockStep({ key })
    return new WorkflowResponse(input.file)
  }
)

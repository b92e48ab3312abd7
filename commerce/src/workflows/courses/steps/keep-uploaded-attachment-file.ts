import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const keepUploadedAttachmentFileStepId = "keep-uploaded-attachment-file"

/** The file was stored before the workflow ran (streamed by the route): if the workflow fails, it is deleted. */
export const keepUploadedAttachmentFileStep = createStep(
  keepUploadedAttachmentFileStepId,
  async (key: string) => new StepResponse(key, key),
  async (key, { container }) => {
    if (key) await container.resolve(Modules.FILE).deleteFiles(key)
  }
)

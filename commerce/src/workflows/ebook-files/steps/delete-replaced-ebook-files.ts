import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const deleteReplacedEbookFilesStepId = "delete-replaced-ebook-files"

/**
 * Deletes the files a variant no longer points at. Last, and nothing to undo:
 * a file that cannot be deleted is logged and left (no owner reaches it any
 * more), rather than failing a change that has already happened.
 */
export const deleteReplacedEbookFilesStep = createStep(deleteReplacedEbookFilesStepId, async (keys: string[], { container }) => {
  if (keys.length) {
    await container
      .resolve(Modules.FILE)
      .deleteFiles(keys)
      .catch((error: Error) =>
        container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Replaced ebook files ${keys.join(", ")} could not be deleted: ${error.message}`)
      )
  }
  return new StepResponse(keys)
})

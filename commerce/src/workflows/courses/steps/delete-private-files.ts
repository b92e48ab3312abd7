import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const deletePrivateFilesStepId = "delete-course-private-files"

/**
 * Deletes files nothing points at any more (a removed attachment's, a removed
 * lesson's). Last, and nothing to undo: a file that cannot be deleted is
 * logged and left (no link reaches it), rather than failing a change already made.
 */
export const deletePrivateFilesStep = createStep(deletePrivateFilesStepId, async (keys: string[], { container }) => {
  if (keys.length) {
    await container
      .resolve(Modules.FILE)
      .deleteFiles(keys)
      .catch((error: Error) =>
        container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Lesson attachment files ${keys.join(", ")} could not be deleted: ${error.message}`)
      )
  }
  return new StepResponse(keys)
})

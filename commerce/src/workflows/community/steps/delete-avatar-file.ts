import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes the avatar file a member no longer uses. The last step, nothing to
 * undo; a file that cannot be deleted now is logged, not a reason to fail the
 * change the member already has.
 */
export const deleteAvatarFileStep = createStep("delete-community-avatar-file", async (key: string | null, { container }) => {
  if (!key) return new StepResponse(false)
  try {
    await container.resolve(Modules.FILE).deleteFiles(key)
    return new StepResponse(true)
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Could not delete the replaced avatar ${key}: ${(error as Error).message}`)
    return new StepResponse(false)
  }
})

import type { ScheduledJobContext } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cmsErasureStore, retryDueCmsErasures } from "../lib/account/cms-erasure"

/**
 * Every 10 minutes: asks the cms again to erase the data of deleted accounts
 * it has not yet confirmed (lib/account/cms-erasure.ts), each when its
 * back-off has passed. Safe to repeat: the cms's erasure is idempotent.
 */
export default async function retryCmsErasuresJob(container: MedusaContainer, context?: ScheduledJobContext) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Medusa's scheduler passes { scheduledFor }, not a number.
  const now = new Date(context?.scheduledFor?.getTime() ?? Date.now())
  try {
    const { erased, pending } = await retryDueCmsErasures(cmsErasureStore(container), now)
    if (erased) logger.info(`Deleted accounts: the cms erased the data of ${erased}`)
    if (pending) logger.warn(`Deleted accounts: ${pending} still to be erased at the cms (asked again later)`)
  } catch (error) {
    logger.error(`Deleted accounts: could not ask the cms to erase (asked again next run): ${(error as Error).message}`)
  }
}

export const config = { name: "retry-cms-erasures", schedule: "*/10 * * * *" }

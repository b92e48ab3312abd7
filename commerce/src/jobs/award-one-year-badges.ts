import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { awardOneYearBadgesWorkflow } from "../workflows/community/award-one-year-badges"

/** Daily: the one-year badge for members who joined a year ago. Safe on several workers: the badge index keeps one per member. */
export default async function awardOneYearBadgesJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await awardOneYearBadgesWorkflow(container).run()
    if (result.length) logger.info(`Community: ${result.length} one-year badge(s) awarded`)
  } catch (error) {
    logger.error(`One-year badges were not awarded (tried again tomorrow): ${(error as Error).message}`)
  }
}

export const config = { name: "award-one-year-community-badges", schedule: "17 3 * * *" }

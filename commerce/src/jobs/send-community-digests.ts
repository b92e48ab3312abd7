import type { ScheduledJobContext } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DIGEST_BATCH } from "../workflows/community/steps/claim-notification-digests"
import { sendCommunityDigestsWorkflow } from "../workflows/community/send-notification-digests"

/** Runs in one job at most: a batch of members each. */
const MAX_BATCHES = 40

/**
 * Daily: one digest email to each member who chose a digest for some kind of
 * notification and has unread ones of the last 24 hours. Safe on several
 * workers at once: each member's day is claimed by one run.
 */
export default async function sendCommunityDigestsJob(container: MedusaContainer, context?: ScheduledJobContext) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Medusa's scheduler passes { scheduledFor }, not a number.
  const now = new Date(context?.scheduledFor?.getTime() ?? Date.now()).toISOString()
  let sent = 0
  try {
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const { result } = await sendCommunityDigestsWorkflow(container).run({ input: { now } })
      sent += result.sent.length
      if (result.claimed < DIGEST_BATCH) break
    }
    if (sent) logger.info(`Community digests: ${sent} sent`)
  } catch (error) {
    logger.error(`Community digests did not all go out (${sent} sent; the rest are tried again next run): ${(error as Error).message}`)
  }
}

export const config = { name: "send-community-notification-digests", schedule: "23 7 * * *" }

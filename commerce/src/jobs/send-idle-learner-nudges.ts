import type { ScheduledJobContext } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../lib/env"
import { sendIdleLearnerNudgesWorkflow } from "../workflows/lifecycle/send-idle-learner-nudges"

/**
 * Hourly: one nudge to each learner idle in a course for IDLE_LEARNER_AFTER_DAYS,
 * at most once per course per 30 days (LIFECYCLE_IDLE_LEARNER=off: none).
 * Safe on several workers at once: each enrollment is claimed by one run.
 */
export default async function sendIdleLearnerNudgesJob(container: MedusaContainer, context?: ScheduledJobContext) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!env.LIFECYCLE_IDLE_LEARNER) return
  // Medusa's scheduler passes { scheduledFor }, not a number.
  const now = new Date(context?.scheduledFor?.getTime() ?? Date.now())
  try {
    const { result } = await sendIdleLearnerNudgesWorkflow(container).run({
      input: { now: now.toISOString(), after_days: env.IDLE_LEARNER_AFTER_DAYS },
    })
    if (result.nudged.length) logger.info(`Idle learners: ${result.nudged.length} nudge(s) sent`)
  } catch (error) {
    logger.error(`Idle-learner nudges did not go out (they are tried again next run): ${(error as Error).message}`)
  }
}

export const config = { name: "send-idle-learner-nudges", schedule: "7 * * * *" }

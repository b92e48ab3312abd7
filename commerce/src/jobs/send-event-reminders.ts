import type { ScheduledJobContext } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../lib/env"
import { sendEventRemindersWorkflow } from "../workflows/lifecycle/send-event-reminders"

/**
 * Hourly: one reminder, with an .ics, to each active RSVP of an event that
 * starts within the next 24 hours (LIFECYCLE_EVENT_REMINDER=off: none).
 * When the cms cannot be read nothing is sent and the next run asks again.
 * Safe on several workers at once: each (event, address) is claimed by one run.
 */
export default async function sendEventRemindersJob(container: MedusaContainer, context?: ScheduledJobContext) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!env.LIFECYCLE_EVENT_REMINDER) return
  // Medusa's scheduler passes { scheduledFor }, not a number.
  const now = new Date(context?.scheduledFor?.getTime() ?? Date.now())
  try {
    const { result } = await sendEventRemindersWorkflow(container).run({ input: { now: now.toISOString() } })
    if (result.sent.length) logger.info(`Event reminders: ${result.sent.length} sent`)
    if (result.failed.length) logger.warn(`Event reminders: ${result.failed.length} not sent, tried again next run`)
  } catch (error) {
    logger.error(`Event reminders did not go out (they are tried again next run): ${(error as Error).message}`)
  }
}

export const config = { name: "send-event-reminders", schedule: "17 * * * *" }

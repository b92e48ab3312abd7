import type { ScheduledJobContext } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../lib/env"
import { sendAbandonedCartRemindersWorkflow } from "../workflows/lifecycle/send-abandoned-cart-reminders"

/**
 * Every quarter hour: one reminder to each cart left with items for
 * ABANDONED_CART_AFTER_MINUTES (LIFECYCLE_ABANDONED_CART=off: none). Safe to
 * run on several workers at once: each cart is claimed by one run only.
 */
export default async function sendAbandonedCartRemindersJob(container: MedusaContainer, context?: ScheduledJobContext) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!env.LIFECYCLE_ABANDONED_CART) return
  // Medusa's scheduler passes { scheduledFor }, not a number.
  const now = new Date(context?.scheduledFor?.getTime() ?? Date.now())
  try {
    const { result } = await sendAbandonedCartRemindersWorkflow(container).run({
      input: { now: now.toISOString(), after_minutes: env.ABANDONED_CART_AFTER_MINUTES },
    })
    if (result.reminded.length) logger.info(`Abandoned carts: ${result.reminded.length} reminder(s) sent`)
  } catch (error) {
    logger.error(`Abandoned-cart reminders did not go out (they are tried again next run): ${(error as Error).message}`)
  }
}

export const config = { name: "send-abandoned-cart-reminders", schedule: "*/15 * * * *" }

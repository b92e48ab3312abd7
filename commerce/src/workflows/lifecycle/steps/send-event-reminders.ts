import type { NotificationTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dbOf, releaseClaims } from "../../../lib/lifecycle/claims"

export const sendEventRemindersStepId = "send-event-reminders"

export type EventReminderToSend = { subject_id: string; notification: NotificationTypes.CreateNotificationDTO }

/**
 * Hands each claimed reminder to the notification module, one at a time, so
 * one refused email costs only its own claim: that claim is given back here
 * (the next run tries it again) and the others stay, sent once. It does not
 * throw for a failed email, so the claim step's compensation (which gives
 * back every claim of the run) never undoes a reminder already sent.
 * A process killed between claim and hand-over leaves a claim without an
 * email: that reader misses one reminder, never gets two.
 */
export const sendEventRemindersStep = createStep(sendEventRemindersStepId, async (reminders: EventReminderToSend[], { container }) => {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const sent: string[] = []
  const failed: string[] = []
  for (const { subject_id, notification } of reminders) {
    try {
      await notifications.createNotifications(notification)
      sent.push(subject_id)
    } catch (error) {
      failed.push(subject_id)
      logger.warn(`Event reminder to ${notification.to} not sent (tried again next run): ${(error as Error).message}`)
    }
  }
  if (failed.length) {
    try {
      await releaseClaims(
        dbOf(container),
        "event-reminder",
        failed.map((subject_id) => ({ subject_id, previous_sent_at: null }))
      )
    } catch (error) {
      logger.error(`Event reminders: ${failed.length} failed claim(s) not given back, those readers get no reminder: ${(error as Error).message}`)
    }
  }
  return new StepResponse({ sent, failed })
})

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../../lib/env"
import sendAbandonedCartRemindersJob, { config as cartConfig } from "../send-abandoned-cart-reminders"
import sendIdleLearnerNudgesJob, { config as learnerConfig } from "../send-idle-learner-nudges"
import sendEventRemindersJob, { config as reminderConfig } from "../send-event-reminders"

const runCarts = jest.fn()
const runLearners = jest.fn()
const runReminders = jest.fn()
jest.mock("../../workflows/lifecycle/send-abandoned-cart-reminders", () => ({
  sendAbandonedCartRemindersWorkflow: () => ({ run: runCarts }),
}))
jest.mock("../../workflows/lifecycle/send-idle-learner-nudges", () => ({
  sendIdleLearnerNudgesWorkflow: () => ({ run: runLearners }),
}))
jest.mock("../../workflows/lifecycle/send-event-reminders", () => ({
  sendEventRemindersWorkflow: () => ({ run: runReminders }),
}))

const scheduledFor = new Date("2026-03-02T06:15:00.000Z")
const logger = { info: jest.fn(), error: jest.fn(), warn: jest.fn() }
const container = { resolve: (key: string) => (key === ContainerRegistrationKeys.LOGGER ? logger : undefined) } as unknown as MedusaContainer

beforeEach(() => {
  jest.clearAllMocks()
  env.LIFECYCLE_ABANDONED_CART = true
  env.LIFECYCLE_IDLE_LEARNER = true
  env.LIFECYCLE_EVENT_REMINDER = true
  runReminders.mockResolvedValue({ result: { sent: [], failed: [] } })
  runCarts.mockResolvedValue({ result: { reminded: [] } })
  runLearners.mockResolvedValue({ result: { nudged: [] } })
})

describe("the lifecycle email jobs, called as Medusa's scheduler calls them", () => {
  it("run their workflow at the scheduled time with the configured delays", async () => {
    await sendAbandonedCartRemindersJob(container, { scheduledFor })
    await sendIdleLearnerNudgesJob(container, { scheduledFor })
    expect(runCarts).toHaveBeenCalledWith({ input: { now: scheduledFor.toISOString(), after_minutes: env.ABANDONED_CART_AFTER_MINUTES } })
    expect(runLearners).toHaveBeenCalledWith({ input: { now: scheduledFor.toISOString(), after_days: env.IDLE_LEARNER_AFTER_DAYS } })
    expect(env.ABANDONED_CART_AFTER_MINUTES).toBe(240)
    expect(env.IDLE_LEARNER_AFTER_DAYS).toBe(7)
    expect(cartConfig.schedule).toBe("*/15 * * * *")
    expect(learnerConfig.schedule).toBe("7 * * * *")
  })

  it("do nothing when switched off", async () => {
    env.LIFECYCLE_ABANDONED_CART = false
    env.LIFECYCLE_IDLE_LEARNER = false
    await sendAbandonedCartRemindersJob(container, { scheduledFor })
    await sendIdleLearnerNudgesJob(container, { scheduledFor })
    expect(runCarts).not.toHaveBeenCalled()
    expect(runLearners).not.toHaveBeenCalled()
  })

  it("log a failed run instead of throwing (the next run tries again)", async () => {
    runCarts.mockRejectedValue(new Error("database went away"))
    await expect(sendAbandonedCartRemindersJob(container, { scheduledFor })).resolves.toBeUndefined()
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining("database went away"))
  })

  it("run the event reminders hourly at the scheduled time, not when switched off, and log a failed run (the cms down)", async () => {
    await sendEventRemindersJob(container, { scheduledFor })
    expect(runReminders).toHaveBeenCalledWith({ input: { now: scheduledFor.toISOString() } })
    expect(reminderConfig.schedule).toBe("17 * * * *")
    runReminders.mockClear()
    env.LIFECYCLE_EVENT_REMINDER = false
    await sendEventRemindersJob(container, { scheduledFor })
    expect(runReminders).not.toHaveBeenCalled()
    env.LIFECYCLE_EVENT_REMINDER = true
    runReminders.mockRejectedValue(new Error("the cms did not answer (unreachable)"))
    await expect(sendEventRemindersJob(container, { scheduledFor })).resolves.toBeUndefined()
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining("the cms did not answer"))
  })
})

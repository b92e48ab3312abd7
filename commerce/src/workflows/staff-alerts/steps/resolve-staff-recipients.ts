import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { env } from "../../../lib/env"

export const resolveStaffRecipientsStepId = "resolve-staff-recipients"

/** Who gets staff alerts: STAFF_ALERT_EMAILS when set, else every staff user of the admin. */
export const resolveStaffRecipientsStep = createStep(resolveStaffRecipientsStepId, async (_: void, { container }) => {
  if (env.STAFF_ALERT_EMAILS.length) return new StepResponse(env.STAFF_ALERT_EMAILS)
  const users = await container.resolve(Modules.USER).listUsers({}, { select: ["email"] })
  return new StepResponse([...new Set(users.map((u) => u.email).filter(Boolean))])
})

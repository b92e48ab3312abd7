import type { ScheduledJobContext } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../lib/env"
import { reconcilePaystackPaymentsWorkflow } from "../workflows/reconciliation"

const DAY_MS = 86_400_000

/**
 * The daily reconciliation: the 24 hours before now, less the grace, so a
 * payment still becoming an order at the edge is checked whole the next day
 * (the windows of consecutive days meet without a gap).
 */
export default async function reconcilePaystackPaymentsJob(container: MedusaContainer, context?: ScheduledJobContext) {
  // Medusa's scheduler passes { scheduledFor }, not a number.
  const now = context?.scheduledFor?.getTime() ?? Date.now()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const to = now - env.RECONCILIATION_GRACE_MINUTES * 60_000
  const input = { trigger: "scheduled" as const, from: new Date(to - DAY_MS).toISOString(), to: new Date(to).toISOString(), started_by: null }
  try {
    const { result } = await reconcilePaystackPaymentsWorkflow(container).run({ input })
    logger.info(`Payment reconciliation ${result.id}: ${result.finding_count} finding(s) from ${input.from} to ${input.to}`)
  } catch (error) {
    logger.error(`Payment reconciliation from ${input.from} to ${input.to} did not run: ${(error as Error).message}`)
  }
}

export const config = {
  name: "reconcile-paystack-payments",
  schedule: env.RECONCILIATION_SCHEDULE,
}

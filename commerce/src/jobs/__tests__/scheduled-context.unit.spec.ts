import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../../lib/env"
import deliverMissedDigitalLinesJob from "../deliver-missed-digital-lines"
import reconcilePaystackPaymentsJob from "../reconcile-paystack-payments"

const runReconciliation = jest.fn()
jest.mock("../../workflows/reconciliation", () => ({
  reconcilePaystackPaymentsWorkflow: () => ({ run: runReconciliation }),
}))

const DAY_MS = 86_400_000
const scheduledFor = new Date("2026-03-02T06:00:00.000Z")

/** A container with a logger and, for the digital-delivery job, a query that finds no order. */
function container() {
  const graph = jest.fn().mockResolvedValue({ data: [] })
  const logger = { info: jest.fn(), error: jest.fn(), warn: jest.fn() }
  const resolve = (key: string) => ({ [ContainerRegistrationKeys.LOGGER]: logger, [ContainerRegistrationKeys.QUERY]: { graph } })[key]
  return { container: { resolve } as unknown as MedusaContainer, graph, logger }
}

// Medusa's scheduler calls a job as handler(container, { scheduledFor: Date }).
describe("scheduled jobs, called as Medusa's scheduler calls them", () => {
  it("deliver-missed-digital-lines looks at the week before the scheduled time", async () => {
    const { container: c, graph } = container()
    await deliverMissedDigitalLinesJob(c, { scheduledFor })
    expect(graph.mock.calls[0][0].filters.created_at.$gte.toISOString()).toBe(new Date(scheduledFor.getTime() - 7 * DAY_MS).toISOString())
  })

  it("reconcile-paystack-payments reconciles the day before the scheduled time, less the grace", async () => {
    const { container: c, logger } = container()
    runReconciliation.mockResolvedValue({ result: { id: "recrun_1", finding_count: 0 } })
    await reconcilePaystackPaymentsJob(c, { scheduledFor })
    const to = scheduledFor.getTime() - env.RECONCILIATION_GRACE_MINUTES * 60_000
    expect(runReconciliation).toHaveBeenCalledWith({
      input: { trigger: "scheduled", from: new Date(to - DAY_MS).toISOString(), to: new Date(to).toISOString(), started_by: null },
    })
    expect(logger.error).not.toHaveBeenCalled()
  })
})

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { enabledGateways } from "../gateways"
import type { CheckedTransaction, GatewayId, ReconciliationPeriod } from "../types"
import { failRunOnError } from "./run-guard"

export const listGatewayActivityStepId = "list-gateway-activity"

/**
 * What each gateway (Paystack, and Flutterwave when configured) saw in the
 * period: every transaction made in it, and every refund made in it, with
 * the transactions those refunds belong to (made in the period or before).
 * A gateway that cannot be read fails the run: half a comparison would
 * read as "nothing to check".
 */
export const listGatewayActivityStep = createStep(
  listGatewayActivityStepId,
  async ({ run_id, period }: { run_id: string; period: ReconciliationPeriod }, { container }) =>
    failRunOnError(container, run_id, async () => {
      const transactions: CheckedTransaction[] = []
      const refunded = {} as Record<GatewayId, number[]>
      for (const gateway of enabledGateways()) {
        const activity = await gateway.activity(period)
        transactions.push(...activity.transactions)
        refunded[gateway.id] = activity.refunded_transaction_ids
      }
      return new StepResponse({ transactions, refunded_transaction_ids: refunded })
    })
)

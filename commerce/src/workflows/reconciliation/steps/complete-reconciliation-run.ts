import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECONCILIATION_MODULE } from "../../../modules/reconciliation"
import type ReconciliationModuleService from "../../../modules/reconciliation/service"
import type { NewFinding } from "../../../modules/reconciliation/service"

export const completeReconciliationRunStepId = "complete-reconciliation-run"

type Input = { run_id: string; findings: NewFinding[]; transactions_checked: number; orders_checked: number }

/** Stores the findings and marks the run completed. */
export const completeReconciliationRunStep = createStep(completeReconciliationRunStepId, async (input: Input, { container }) => {
  const service = container.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
  const run = await service.completeRun(input.run_id, { transactions_checked: input.transactions_checked, orders_checked: input.orders_checked }, input.findings)
  return new StepResponse(run)
})

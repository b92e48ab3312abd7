import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECONCILIATION_MODULE } from "../../../modules/reconciliation"
import type ReconciliationModuleService from "../../../modules/reconciliation/service"
import type { ReconciliationPeriod } from "../types"

export const startReconciliationRunStepId = "start-reconciliation-run"

export type StartRunInput = ReconciliationPeriod & { trigger: "scheduled" | "manual"; started_by: string | null }

/** Records the run as running, or refuses (CONFLICT) while another one runs. Undone: the run is marked failed. */
export const startReconciliationRunStep = createStep(
  startReconciliationRunStepId,
  async (input: StartRunInput, { container }) => {
    const service = container.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
    const run = await service.startRun({
      trigger: input.trigger,
      period_from: new Date(input.from),
      period_to: new Date(input.to),
      started_by: input.started_by,
    })
    return new StepResponse({ id: run.id, started_at: new Date(run.started_at).toISOString() }, run.id)
  },
  async (runId, { container }) => {
    if (!runId) return
    await container.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE).failRun(runId, "Stopped by an error before it finished")
  }
)

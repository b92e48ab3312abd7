import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { RECONCILIATION_MODULE } from "../../../../modules/reconciliation"
import type ReconciliationModuleService from "../../../../modules/reconciliation/service"
import { reconcilePaystackPaymentsWorkflow } from "../../../../workflows/reconciliation"
import { RUN_FIELDS } from "../present"
import type { AdminListReconciliationRunsType, AdminStartReconciliationType } from "../validators"

/** Past runs, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReconciliationRunsType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
  const [runs, count] = await service.listAndCountReconciliationRuns({}, { select: [...RUN_FIELDS], order: { started_at: "DESC" }, take: limit, skip: offset })
  res.json({ runs, count, limit, offset })
}

/**
 * "Run now": reconciles the period at once and answers the finished run;
 * 409 while another run is going, 502 when Paystack cannot be read (the run
 * is kept as failed, with the reason).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminStartReconciliationType>, res: MedusaResponse) {
  const { from, to } = req.validatedBody
  try {
    const { result } = await reconcilePaystackPaymentsWorkflow(req.scope).run({
      input: { trigger: "manual", from, to, started_by: req.auth_context.actor_id },
    })
    res.status(201).json({ run: result })
  } catch (error) {
    // The framework would answer a CONFLICT with a generic sentence, and Paystack's outage as our own 500.
    const { type, message } = error as MedusaError
    if (type === MedusaError.Types.CONFLICT) return res.status(409).json({ type: "conflict", message })
    if (type === MedusaError.Types.UNEXPECTED_STATE && /^Paystack/.test(message)) return res.status(502).json({ type: "bad_gateway", message })
    throw error
  }
}

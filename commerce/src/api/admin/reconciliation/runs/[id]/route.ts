import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RECONCILIATION_MODULE } from "../../../../../modules/reconciliation"
import type ReconciliationModuleService from "../../../../../modules/reconciliation/service"
import { FINDING_FIELDS, presentFinding, RUN_FIELDS } from "../../present"

/** One run with every finding, each linked to its order and Paystack transaction. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
  const run = await service.retrieveReconciliationRun(req.params.id, { select: [...RUN_FIELDS] })
  const findings = await service.listReconciliationFindings({ run_id: run.id }, { select: [...FINDING_FIELDS], order: { kind: "ASC", created_at: "ASC" } })
  res.json({ run: { ...run, findings: findings.map((f) => presentFinding(f as never)) } })
}

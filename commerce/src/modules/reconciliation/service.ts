import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ReconciliationFinding, type FindingKind } from "./models/reconciliation-finding"
import { ReconciliationRun } from "./models/reconciliation-run"

/** A run still `running` after this long died with its process: it no longer blocks a new one. */
export const ABANDONED_AFTER_MINUTES = 60

export type NewFinding = {
  kind: FindingKind
  message: string
  provider: "paystack" | "flutterwave"
  reference: string | null
  gateway_transaction_id: string | null
  order_id: string | null
  order_display_id: number | null
  gateway_amount: number | null
  gateway_currency: string | null
  shop_amount: number | null
  shop_currency: string | null
}

type RunStart = { trigger: "scheduled" | "manual"; period_from: Date; period_to: Date; started_by: string | null }
type RunTotals = { transactions_checked: number; orders_checked: number }

/** Reconciliation runs and their findings. */
export default class ReconciliationModuleService extends MedusaService({ ReconciliationRun, ReconciliationFinding }) {
  /**
   * Records a new running run, or refuses with CONFLICT while another runs:
   * one INSERT that the partial unique index on `running` decides, so two
   * starts at once (the button and the job, two processes) cannot both run.
   */
  @InjectManager()
  async startRun(start: RunStart, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    await manager.execute(
      `UPDATE reconciliation_run
          SET status = 'failed', finished_at = now(), updated_at = now(),
              error = 'Abandoned: its process stopped before it finished'
        WHERE status = 'running' AND deleted_at IS NULL AND started_at < now() - make_interval(mins => ?)`,
      [ABANDONED_AFTER_MINUTES]
    )
    const [started]: { id: string }[] = await manager.execute(
      `INSERT INTO reconciliation_run (id, trigger, status, period_from, period_to, started_by, started_at)
       VALUES (?, ?, 'running', ?, ?, ?, now())
       ON CONFLICT (status) WHERE status = 'running' AND deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [generateEntityId(undefined, "recrun"), start.trigger, start.period_from, start.period_to, start.started_by]
    )
    if (started) return await this.retrieveReconciliationRun(started.id, {}, context)
    const [running] = await this.listReconciliationRuns({ status: "running" }, { take: 1 }, context)
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `A reconciliation is already running (started ${running ? new Date(running.started_at).toISOString() : "just now"}); wait for it to finish`
    )
  }

  /** Stores the findings and closes the run as completed, in one transaction. */
  @InjectTransactionManager()
  async completeRun(runId: string, totals: RunTotals, findings: NewFinding[], @MedusaContext() context: Context = {}) {
    if (findings.length) await this.createReconciliationFindings(findings.map((f) => ({ ...f, run_id: runId })), context)
    return await this.updateReconciliationRuns(
      { id: runId, ...totals, finding_count: findings.length, status: "completed", finished_at: new Date() },
      context
    )
  }

  /** Closes a run that is still running as failed, with the reason; a finished run is left as it is. */
  @InjectManager()
  async failRun(runId: string, reason: string, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    await manager.execute(
      `UPDATE reconciliation_run SET status = 'failed', error = ?, finished_at = now(), updated_at = now()
        WHERE id = ? AND status = 'running'`,
      [reason.slice(0, 2000), runId]
    )
  }
}

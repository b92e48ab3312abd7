import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"
import type { NewFinding } from "../../modules/reconciliation/service"
import { adminUrl } from "../staff-alerts/admin-url"
import { resolveStaffRecipientsStep } from "../staff-alerts/steps/resolve-staff-recipients"
import { findMismatches } from "./compare"
import { completeReconciliationRunStep } from "./steps/complete-reconciliation-run"
import { listGatewayActivityStep } from "./steps/list-gateway-activity"
import { loadShopPaymentsStep } from "./steps/load-shop-payments"
import { lookUpGatewayDetailsStep } from "./steps/look-up-gateway-details"
import { startReconciliationRunStep, type StartRunInput } from "./steps/start-reconciliation-run"

export const reconcilePaystackPaymentsWorkflowId = "reconcile-paystack-payments"

/** The findings an email lists; the report page has them all. */
const EMAILED_FINDINGS = 20

type Report = { run: { id: string; period_from: Date | string; period_to: Date | string }; findings: NewFinding[]; recipients: string[] }

const reportEmails = ({ run, findings, recipients }: Report) =>
  recipients.map((to) => ({
    to,
    channel: "email",
    template: "reconciliation-report",
    idempotency_key: `reconciliation-report:${run.id}:${to}`,
    data: {
      period_from: new Date(run.period_from).toISOString(),
      period_to: new Date(run.period_to).toISOString(),
      finding_count: findings.length,
      findings: findings.slice(0, EMAILED_FINDINGS).map((f) => ({
        kind: f.kind,
        message: f.message,
        order_url: f.order_id ? adminUrl(`/orders/${f.order_id}`) : null,
        reference: f.reference,
      })),
      report_url: adminUrl(`/reconciliation?run=${run.id}`),
    },
  }))

/**
 * Compares each gateway's transactions and refunds of a period (Paystack's,
 * and Flutterwave's when it is configured) with the shop's
 * payments, orders and refunds, stores the run and what differs, and emails
 * staff when anything does. One at a time: a second start is refused.
 */
export const reconcilePaystackPaymentsWorkflow = createWorkflow(reconcilePaystackPaymentsWorkflowId, (input: StartRunInput) => {
  const started = startReconciliationRunStep(input)
  const period = transform({ input }, ({ input }) => ({ from: input.from, to: input.to }))
  const activity = listGatewayActivityStep({ run_id: started.id, period })
  const payments = loadShopPaymentsStep({ run_id: started.id, period, transactions: activity.transactions })
  const gateways = lookUpGatewayDetailsStep({
    run_id: started.id,
    transactions: activity.transactions,
    refunded_transaction_ids: activity.refunded_transaction_ids,
    payments,
  })
  const findings = transform({ gateways, payments, started }, ({ gateways, payments, started }) =>
    findMismatches({ ...gateways, payments, now: started.started_at, grace_minutes: env.RECONCILIATION_GRACE_MINUTES })
  )
  const outcome = transform({ started, activity, payments, findings }, ({ started, activity, payments, findings }) => ({
    run_id: started.id,
    findings,
    transactions_checked: activity.transactions.length,
    orders_checked: new Set(payments.map((p) => p.order_id).filter(Boolean)).size,
  }))
  const run = completeReconciliationRunStep(outcome)
  when("reconciliation-found-differences", { findings }, ({ findings }) => findings.length > 0).then(() => {
    const recipients = resolveStaffRecipientsStep()
    // The run is stored whatever happens to the email; a failed send is recorded by the notification module.
    sendNotificationsStep(transform({ run, findings, recipients }, reportEmails)).config({ continueOnPermanentFailure: true })
  })
  return new WorkflowResponse(run)
})

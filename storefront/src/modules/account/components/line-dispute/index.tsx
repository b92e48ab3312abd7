import type { Dispute } from "@/lib/data/disputes"
import ReportProblemForm from "@/modules/account/components/report-problem-form"
import DisputeLog, { DisputeStatusBadge, REASON_LABELS } from "@/modules/marketplace/components/dispute-log"
import styles from "./styles.module.css"

type Props = { orderId: string; lineItemId: string; lineName: string; disputes: Dispute[]; canReport: boolean }

/**
 * Under a line of the reader's order: its disputes with their status and
 * log, and "Report a problem" while the window is open and none is undecided.
 */
export default function LineDispute({ orderId, lineItemId, lineName, disputes, canReport }: Props) {
  const undecided = disputes.some((d) => d.status === "open" || d.status === "vendor_answered")
  if (!disputes.length && !canReport) return null
  return (
    <div className={styles.panel} data-testid="line-dispute">
      {disputes.map((dispute) => (
        <details key={dispute.id} className={styles.dispute} open={dispute.status === "open" || dispute.status === "vendor_answered" || undefined}>
          <summary className={styles.summary}>
            <span>Problem reported: {REASON_LABELS[dispute.reason].toLowerCase()}</span> <DisputeStatusBadge status={dispute.status} />
          </summary>
          <DisputeLog dispute={dispute} />
        </details>
      ))}
      {canReport && !undecided && <ReportProblemForm orderId={orderId} lineItemId={lineItemId} lineName={lineName} />}
    </div>
  )
}

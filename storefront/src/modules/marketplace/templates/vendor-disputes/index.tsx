import type { Dispute } from "@/lib/data/disputes"
import type { VendorMe } from "@/lib/data/vendor-portal"
import { formatAmount } from "@/lib/util/money"
import Card from "@/modules/common/components/card"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import VendorPortalNav from "@/modules/marketplace/components/vendor-portal-nav"
import DisputeAnswerForm from "@/modules/marketplace/components/dispute-answer-form"
import DisputeLog, { DisputeStatusBadge, REASON_LABELS } from "@/modules/marketplace/components/dispute-log"
import styles from "./styles.module.css"

/** The vendor's disputes, undecided first: the line, what the buyer said, the log, and an answer form while staff have not decided. */
export default function VendorDisputes({ me, disputes, countryCode }: { me: VendorMe; disputes: Dispute[]; countryCode: string }) {
  return (
    <PageContainer as="section" aria-labelledby="vendor-disputes-heading" stack>
      <PageHeader
        title="Disputes"
        headingId="vendor-disputes-heading"
        lead={`Problems buyers reported with ${me.vendor.name}'s books. Answer each: our team reads your answer before deciding on a refund.`}
      />
      <VendorPortalNav countryCode={countryCode} />
      {disputes.length ? (
        <ul className={styles.list}>
          {disputes.map((dispute) => (
            <li key={dispute.id}>
              <Card as="article" className={styles.card} aria-labelledby={`dispute-${dispute.id}`} data-testid="vendor-dispute">
                <header className={styles.header}>
                  <h2 id={`dispute-${dispute.id}`} className={styles.title}>
                    {dispute.line_title ?? "An order"}
                    {dispute.order_display_id ? ` · order #${dispute.order_display_id}` : ""}
                  </h2>
                  <DisputeStatusBadge status={dispute.status} />
                </header>
                <p className={styles.reason}>
                  {REASON_LABELS[dispute.reason]}
                  {dispute.refunded_amount > 0 ? ` · refunded ${formatAmount(dispute.refunded_amount / 100, dispute.currency_code)}` : ""}
                </p>
                <DisputeLog dispute={dispute} />
                {(dispute.status === "open" || dispute.status === "vendor_answered") && <DisputeAnswerForm disputeId={dispute.id} />}
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No disputes" testId="vendor-no-disputes">
          When a buyer reports a problem with one of your books, it appears here and we email you.
        </EmptyState>
      )}
    </PageContainer>
  )
}

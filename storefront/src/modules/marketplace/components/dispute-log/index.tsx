import type { Dispute, DisputeStatus } from "@/lib/data/disputes"
import { formatAmount } from "@/lib/util/money"
import Badge, { type BadgeTone } from "@/modules/common/components/badge"
import styles from "./styles.module.css"

const STATUS: Record<DisputeStatus, { label: string; tone: BadgeTone }> = {
  open: { label: "Open", tone: "warning" },
  vendor_answered: { label: "Seller answered", tone: "accent" },
  refunded: { label: "Refunded", tone: "success" },
  partially_refunded: { label: "Partly refunded", tone: "success" },
  closed: { label: "Closed", tone: "neutral" },
}
export const REASON_LABELS: Record<Dispute["reason"], string> = {
  not_received: "Not received",
  damaged: "Damaged",
  not_as_described: "Not as described",
  chargeback: "Chargeback at the bank",
}
const WHO: Record<string, string> = { customer: "Buyer", guest: "Buyer", vendor: "Seller", user: "Our team", paystack: "Paystack" }
const WHAT: Record<string, string> = { opened: "reported it", vendor_answered: "answered", staff_decided: "decided", note: "noted" }

/** A dispute's status as a badge. */
export function DisputeStatusBadge({ status }: { status: DisputeStatus }) {
  return (
    <Badge tone={STATUS[status].tone} testId="dispute-status">
      {STATUS[status].label}
    </Badge>
  )
}

/** A dispute's log, oldest first: which party did what, when, what they said, and any refund. */
export default function DisputeLog({ dispute }: { dispute: Dispute }) {
  return (
    <ol className={styles.log} data-testid="dispute-log">
      {dispute.events.map((event) => (
        <li key={event.id} className={styles.entry}>
          <p className={styles.meta}>
            {WHO[event.actor_type] ?? "Someone"} {WHAT[event.type] ?? event.type} ·{" "}
            <time dateTime={event.created_at}>{new Date(event.created_at).toLocaleString("en-NG", { dateStyle: "medium", timeStyle: "short" })}</time>
            {event.amount ? ` · refunded ${formatAmount(event.amount / 100, dispute.currency_code)}` : ""}
          </p>
          {event.message && <p className={styles.message}>{event.message}</p>}
        </li>
      ))}
    </ol>
  )
}

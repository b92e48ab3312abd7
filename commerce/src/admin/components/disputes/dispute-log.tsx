import { Text } from "@medusajs/ui"
import { formatKobo, type AdminDispute } from "../../lib/disputes-api"

const WHO: Record<string, string> = { customer: "Buyer", guest: "Buyer", vendor: "Vendor", user: "Staff", paystack: "Paystack" }
const WHAT: Record<string, string> = { opened: "opened", vendor_answered: "answered", staff_decided: "decided", note: "noted" }

/** A dispute's log, oldest first: who did what, when, and what they said. */
export const DisputeLog = ({ dispute }: { dispute: AdminDispute }) => (
  <ol className="flex flex-col gap-1">
    {dispute.events.map((e) => (
      <li key={e.id}>
        <Text size="small" className="text-ui-fg-subtle">
          {WHO[e.actor_type] ?? e.actor_type} {WHAT[e.type] ?? e.type}
          {e.actor_id ? ` (${e.actor_id})` : ""} · {new Date(e.created_at).toLocaleString()}
          {e.amount ? ` · refunded ${formatKobo(e.amount, dispute.currency_code)}` : ""}
        </Text>
        {e.message && <Text size="small" className="whitespace-pre-line">{e.message}</Text>}
      </li>
    ))}
  </ol>
)

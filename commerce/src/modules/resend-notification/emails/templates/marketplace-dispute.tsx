/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { formatMoney } from "../brand"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

const schema = z.object({
  audience: z.enum(["buyer", "vendor", "staff"]),
  step: z.enum(["opened", "vendor_answered", "staff_decided", "chargeback_opened", "chargeback_resolved"]),
  order_display_id: z.number().nullable(),
  line_title: z.string(),
  reason: z.string(),
  status: z.string(),
  message: z.string().nullable(),
  /** A refund's amount, in the currency's subunit (kobo). */
  amount: z.number().nullable(),
  currency_code: z.string(),
  url: z.string().url(),
})

const REASONS: Record<string, string> = { not_received: "not received", damaged: "damaged", not_as_described: "not as described", chargeback: "a chargeback at the bank" }
const HEADINGS = {
  opened: "A problem was reported",
  vendor_answered: "The seller answered",
  staff_decided: "The dispute is decided",
  chargeback_opened: "A chargeback was opened",
  chargeback_resolved: "Paystack resolved a chargeback",
}

/** marketplace-dispute: one step of a dispute on an order line, to the buyer, the line's vendor or staff. */
export const marketplaceDisputeEmail = defineEmail({
  schema,
  subject: (data) => `${HEADINGS[data.step]}: ${data.line_title}${data.order_display_id ? ` (order #${data.order_display_id})` : ""}`,
  Email: (data) => (
    <EmailLayout preview={`${HEADINGS[data.step]}: ${data.line_title}`} heading={HEADINGS[data.step]}>
      <Text style={textStyle}>
        {data.line_title}
        {data.order_display_id ? `, order #${data.order_display_id}` : ""}: {REASONS[data.reason] ?? data.reason}.
      </Text>
      {data.step === "staff_decided" && (
        <Text style={textStyle}>
          {data.amount ? `We refunded ${formatMoney(data.amount / 100, data.currency_code)}.` : "We closed the dispute without a refund."}
        </Text>
      )}
      {data.message && <Text style={textStyle}>“{data.message}”</Text>}
      <Text style={mutedStyle}>Status: {data.status.replace(/_/g, " ")}</Text>
      <ActionButton href={data.url}>{data.audience === "staff" ? "Open the dispute" : "See the dispute"}</ActionButton>
    </EmailLayout>
  ),
})

/** @jsxImportSource ../jsx */
import { Link, Section, Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

const finding = z.object({
  kind: z.enum(["paid_without_order", "order_without_payment", "amount_mismatch", "refund_mismatch"]),
  message: z.string(),
  order_url: z.string().url().nullable(),
  reference: z.string().nullable(),
})

const schema = z.object({
  period_from: z.string(),
  period_to: z.string(),
  finding_count: z.number().int().min(1),
  /** The first findings; the rest are on the report page. */
  findings: z.array(finding),
  report_url: z.string().url(),
})

const KIND_LABELS: Record<z.output<typeof finding>["kind"], string> = {
  paid_without_order: "Paid, no order",
  order_without_payment: "Order without a successful payment",
  amount_mismatch: "Amount or currency differs",
  refund_mismatch: "Refunds differ",
}

const day = (iso: string) => new Date(iso).toISOString().replace("T", " ").slice(0, 16) + " UTC"

/** reconciliation-report, to staff: a payment gateway (Paystack, Flutterwave) and the shop disagree about some payments. */
export const reconciliationReportEmail = defineEmail({
  schema,
  subject: (data) => `Payments to check: ${data.finding_count} ${data.finding_count === 1 ? "difference" : "differences"} between the payment gateways and the shop`,
  Email: (data) => (
    <EmailLayout preview={`${data.finding_count} to check`} heading="The payment gateways and the shop disagree">
      <Text style={textStyle}>
        Comparing the payment gateways with the shop's orders from {day(data.period_from)} to {day(data.period_to)} found {data.finding_count}{" "}
        {data.finding_count === 1 ? "difference" : "differences"}:
      </Text>
      {data.findings.map((f, i) => (
        <Section key={i} style={{ margin: "8px 0" }}>
          <Text style={{ ...textStyle, margin: "0", fontWeight: 600 }}>{KIND_LABELS[f.kind]}</Text>
          <Text style={{ ...textStyle, margin: "0" }}>
            {f.message} {f.order_url ? <Link href={f.order_url}>Open the order</Link> : null}
          </Text>
        </Section>
      ))}
      {data.finding_count > data.findings.length && (
        <Text style={mutedStyle}>…and {data.finding_count - data.findings.length} more on the report page.</Text>
      )}
      <ActionButton href={data.report_url}>Open the reconciliation report</ActionButton>
    </EmailLayout>
  ),
})

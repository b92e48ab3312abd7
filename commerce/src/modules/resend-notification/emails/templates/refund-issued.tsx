/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { formatMoney } from "../brand"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { orderEmailSchema } from "../components/order-summary"
import { defineEmail } from "../define-email"

const schema = orderEmailSchema.extend({ refund_amount: z.number(), refunded_total: z.number() })

/** refund-issued: one refund of an order, and how much of it is now refunded. */
export const refundIssuedEmail = defineEmail({
  schema,
  subject: (data) => `Refund of ${formatMoney(data.refund_amount, data.currency_code)} for order #${data.display_id}`,
  Email: (data) => {
    const money = (value: number) => formatMoney(value, data.currency_code)
    return (
      <EmailLayout preview={`We refunded ${money(data.refund_amount)}`} heading={`We refunded ${money(data.refund_amount)}`}>
        <Text style={textStyle}>
          We have refunded {money(data.refund_amount)} for order #{data.display_id} to the card or account you paid with. Banks
          usually take 5 to 10 working days to show it.
        </Text>
        <Text style={mutedStyle}>
          Refunded so far: {money(data.refunded_total)} of {money(data.total)}.
        </Text>
        <ActionButton href={data.order_url}>View your order</ActionButton>
      </EmailLayout>
    )
  },
})

/** @jsxImportSource ../jsx */
import { Link, Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, textStyle } from "../components/layout"
import { orderEmailSchema } from "../components/order-summary"
import { defineEmail } from "../define-email"

const schema = orderEmailSchema.extend({
  shipped_items: z.array(z.object({ title: z.string(), variant: z.string().nullish(), quantity: z.number() })),
  tracking: z.array(z.object({ number: z.string(), url: z.string().nullish() })).default([]),
})

/** order-shipped: what is on its way and how to follow it. */
export const orderShippedEmail = defineEmail({
  schema,
  subject: (data) => `Order #${data.display_id} is on its way`,
  Email: (data) => (
    <EmailLayout preview={`Your order #${data.display_id} has shipped`} heading="Your order is on its way">
      <Text style={textStyle}>These items from order #{data.display_id} have left us:</Text>
      {data.shipped_items.map((item, i) => (
        <Text key={i} style={textStyle}>
          {item.quantity} × {item.title}
          {item.variant ? ` (${item.variant})` : ""}
        </Text>
      ))}
      {data.tracking.map((t) => (
        <Text key={t.number} style={textStyle}>
          Tracking number: {t.url ? <Link href={t.url}>{t.number}</Link> : t.number}
        </Text>
      ))}
      <ActionButton href={data.order_url}>View your order</ActionButton>
    </EmailLayout>
  ),
})

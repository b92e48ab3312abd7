/** @jsxImportSource ../jsx */
import { Column, Row, Section, Text } from "@react-email/components"
import { z } from "zod"
import { brand, formatMoney } from "../brand"

const line = z.object({ title: z.string(), variant: z.string().nullish(), quantity: z.number(), unit_price: z.number() })

/** What `orderEmailData` (src/lib/order-emails.ts) puts in every order email. */
export const orderEmailSchema = z.object({
  order_id: z.string(),
  display_id: z.number(),
  currency_code: z.string().length(3),
  items: z.array(line),
  subtotal: z.number(),
  shipping_total: z.number(),
  discount_total: z.number(),
  tax_total: z.number(),
  total: z.number(),
  order_url: z.string().url(),
})
export type OrderEmailData = z.infer<typeof orderEmailSchema>

const cell = { fontSize: "14px", lineHeight: "1.5", margin: "4px 0" }
const amount = { ...cell, textAlign: "right" as const }

/** The order's lines and totals, every amount in the order's currency. */
export function OrderSummary({ order }: { order: OrderEmailData }) {
  const money = (value: number) => formatMoney(value, order.currency_code)
  const totals: [string, number][] = [["Subtotal", order.subtotal]]
  if (order.discount_total) totals.push(["Discount", -order.discount_total])
  totals.push(["Shipping", order.shipping_total], ["Tax", order.tax_total])
  return (
    <Section style={{ borderTop: `1px solid ${brand.line}`, marginTop: "16px" }}>
      {order.items.map((item, i) => (
        <Row key={i}>
          <Column>
            <Text style={cell}>
              {item.quantity} × {item.title}
              {item.variant ? ` (${item.variant})` : ""}
            </Text>
          </Column>
          <Column>
            <Text style={amount}>{money(item.quantity * item.unit_price)}</Text>
          </Column>
        </Row>
      ))}
      <Section style={{ borderTop: `1px solid ${brand.line}` }}>
        {totals.map(([label, value]) => (
          <Row key={label}>
            <Column>
              <Text style={{ ...cell, color: brand.muted }}>{label}</Text>
            </Column>
            <Column>
              <Text style={{ ...amount, color: brand.muted }}>{money(value)}</Text>
            </Column>
          </Row>
        ))}
        <Row>
          <Column>
            <Text style={{ ...cell, fontWeight: 700 }}>Total</Text>
          </Column>
          <Column>
            <Text style={{ ...amount, fontWeight: 700 }}>{money(order.total)}</Text>
          </Column>
        </Row>
      </Section>
    </Section>
  )
}

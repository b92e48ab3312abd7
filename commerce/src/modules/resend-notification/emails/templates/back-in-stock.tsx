/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

const schema = z.object({
  product_title: z.string().min(1),
  variant_title: z.string(),
  product_url: z.string().url(),
})

const nameOf = (data: z.output<typeof schema>) => (data.variant_title ? `${data.product_title} (${data.variant_title})` : data.product_title)

/** back-in-stock, to a reader who asked: the sold-out format they waited for can be bought again (sent once). */
export const backInStockEmail = defineEmail({
  schema,
  subject: (data) => `Back in stock: ${nameOf(data)}`,
  Email: (data) => (
    <EmailLayout preview={`${nameOf(data)} is back in stock`} heading="It's back in stock">
      <Text style={textStyle}>
        You asked us to tell you when {nameOf(data)} was back. It is, for now: copies go to whoever orders first.
      </Text>
      <ActionButton href={data.product_url}>See the book</ActionButton>
      <Text style={mutedStyle}>This is the only email about it: you asked for it once, and you are no longer on its waiting list.</Text>
    </EmailLayout>
  ),
})

/** @jsxImportSource ../jsx */
import { Link, Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

const schema = z.object({
  product_title: z.string(),
  variant_title: z.string(),
  sku: z.string().nullable(),
  available: z.number().int(),
  threshold: z.number().int().min(0),
  product_url: z.string().url(),
  stock_url: z.string().url(),
})

const nameOf = (data: z.output<typeof schema>) => (data.variant_title ? `${data.product_title} (${data.variant_title})` : data.product_title)

/** low-stock, to staff: a variant fell below its low-stock threshold (sent once per fall). */
export const lowStockEmail = defineEmail({
  schema,
  subject: (data) => (data.available <= 0 ? `Out of stock: ${nameOf(data)}` : `Low stock: ${nameOf(data)}, ${data.available} left`),
  Email: (data) => {
    const left = data.available <= 0 ? "none left to sell" : `${data.available} left to sell`
    return (
      <EmailLayout preview={`${nameOf(data)}: ${left}`} heading={data.available <= 0 ? "Out of stock" : "Running low"}>
        <Text style={textStyle}>
          {nameOf(data)} has {left}, below its low-stock level of {data.threshold}.{data.sku ? ` SKU ${data.sku}.` : ""}
        </Text>
        <Text style={mutedStyle}>
          You will not hear about it again until it is restocked to {data.threshold} or more and falls again. Every low and
          out-of-stock item: <Link href={data.stock_url}>{data.stock_url}</Link>
        </Text>
        <ActionButton href={data.product_url}>Restock in the admin</ActionButton>
      </EmailLayout>
    )
  },
})

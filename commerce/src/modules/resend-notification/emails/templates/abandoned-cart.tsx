/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"
import { UnsubscribeNote } from "./marketing-footer"

/** abandoned-cart: the one reminder of a cart left with items in it (marketing: an opt-out stops it). */
export const abandonedCartEmail = defineEmail({
  schema: z.object({
    items: z.array(z.object({ title: z.string(), quantity: z.number().int().positive() })).min(1),
    cart_url: z.string().url(),
    unsubscribe_url: z.string().url(),
  }),
  subject: () => "You left something in your cart",
  Email: (data) => (
    <EmailLayout preview="Your cart is waiting for you" heading="Your cart is waiting">
      <Text style={textStyle}>You left these in your cart. We kept it for you, just as you left it:</Text>
      {data.items.map((item, i) => (
        <Text key={i} style={{ ...textStyle, margin: "4px 0" }}>
          {item.quantity} × {item.title}
        </Text>
      ))}
      <ActionButton href={data.cart_url}>Back to my cart</ActionButton>
      <UnsubscribeNote href={data.unsubscribe_url} />
    </EmailLayout>
  ),
})

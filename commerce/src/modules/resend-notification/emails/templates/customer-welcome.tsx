/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { brand } from "../brand"
import { ActionButton, EmailLayout, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** customer-welcome: a new account. */
export const customerWelcomeEmail = defineEmail({
  schema: z.object({ first_name: z.string().nullish(), account_url: z.string().url() }),
  subject: () => `Welcome to ${brand.name}`,
  Email: (data) => (
    <EmailLayout preview="Your account is ready" heading={data.first_name ? `Welcome, ${data.first_name}` : "Welcome"}>
      <Text style={textStyle}>
        Your account is ready. Your orders, ebooks and courses are all in one place, and you can join the community.
      </Text>
      <ActionButton href={data.account_url}>Go to your account</ActionButton>
    </EmailLayout>
  ),
})

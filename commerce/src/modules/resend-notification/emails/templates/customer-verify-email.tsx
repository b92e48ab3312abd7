/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** customer-verify-email: the link that proves the reader owns their account's email. */
export const customerVerifyEmail = defineEmail({
  schema: z.object({ first_name: z.string().nullish(), email: z.string(), verify_url: z.string().url() }),
  subject: () => "Verify your email address",
  Email: (data) => (
    <EmailLayout preview="One click to confirm your email" heading={data.first_name ? `Hello, ${data.first_name}` : "Verify your email"}>
      <Text style={textStyle}>
        Please confirm that {data.email} is yours. Once it is verified you can post in the community, review books and courses,
        and RSVP to events.
      </Text>
      <ActionButton href={data.verify_url}>Verify my email</ActionButton>
      <Text style={mutedStyle}>
        The link works for 48 hours; your account page can send a new one. If you did not make an account, ignore this email.
      </Text>
    </EmailLayout>
  ),
})

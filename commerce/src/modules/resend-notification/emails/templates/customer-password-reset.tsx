/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** customer-password-reset: the link that sets a new password. */
export const customerPasswordResetEmail = defineEmail({
  schema: z.object({ email: z.string(), reset_url: z.string().url() }),
  subject: () => "Reset your password",
  Email: (data) => (
    <EmailLayout preview="A link to choose a new password" heading="Reset your password">
      <Text style={textStyle}>Someone, hopefully you, asked to reset the password of {data.email}. Choose a new one here:</Text>
      <ActionButton href={data.reset_url}>Choose a new password</ActionButton>
      <Text style={mutedStyle}>The link works for a short while. If you did not ask for it, ignore this email: your password stays as it is.</Text>
    </EmailLayout>
  ),
})

/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** customer-delete-account: the link that confirms deleting an account that has no password (made by Google sign-in). */
export const customerDeleteAccountEmail = defineEmail({
  schema: z.object({ first_name: z.string().nullish(), email: z.string(), delete_url: z.string().url() }),
  subject: () => "Confirm deleting your account",
  Email: (data) => (
    <EmailLayout preview="Confirm that you want your account deleted" heading={data.first_name ? `Hello, ${data.first_name}` : "Delete your account"}>
      <Text style={textStyle}>
        You asked to delete the account of {data.email}. The link below opens a page where you confirm it; your profile, addresses,
        wishlist and sign-in go, your orders are kept for the books without your details, and your community posts stay, signed
        "Former member".
      </Text>
      <ActionButton href={data.delete_url}>Confirm deleting my account</ActionButton>
      <Text style={mutedStyle}>The link works for 30 minutes. If you did not ask for this, ignore this email: your account stays as it is.</Text>
    </EmailLayout>
  ),
})

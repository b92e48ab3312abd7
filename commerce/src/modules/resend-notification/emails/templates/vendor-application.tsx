/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** vendor-application, to staff: someone applied to sell through the shop. */
export const vendorApplicationEmail = defineEmail({
  schema: z.object({ vendor_name: z.string(), contact_email: z.string(), review_url: z.string().url() }),
  subject: (data) => `New vendor application: ${data.vendor_name}`,
  Email: (data) => (
    <EmailLayout preview={`${data.vendor_name} applied to sell in the shop`} heading="A new vendor application">
      <Text style={textStyle}>
        {data.vendor_name} ({data.contact_email}) applied to sell in the shop. Approve it to create their Paystack subaccount and
        invite them to sign in, or reject it with a reason.
      </Text>
      <ActionButton href={data.review_url}>Review applications</ActionButton>
    </EmailLayout>
  ),
})

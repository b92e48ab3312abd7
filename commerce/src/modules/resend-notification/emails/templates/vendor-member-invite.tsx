/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { brand } from "../brand"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** vendor-member-invite, to a colleague: a vendor's owner invited them to sign in for the vendor. */
export const vendorMemberInviteEmail = defineEmail({
  schema: z.object({ vendor_name: z.string(), invited_by: z.string(), join_url: z.string().url() }),
  subject: (data) => `Join ${data.vendor_name} at ${brand.name}`,
  Email: (data) => (
    <EmailLayout preview={`${data.invited_by} invited you to ${data.vendor_name}`} heading={`Join ${data.vendor_name}`}>
      <Text style={textStyle}>
        {data.invited_by} invited you to sign in for {data.vendor_name}, a vendor at {brand.name}.
      </Text>
      <ActionButton href={data.join_url}>Accept the invitation</ActionButton>
      <Text style={mutedStyle}>The link works once, for 7 days. If you did not expect it, ignore this email.</Text>
    </EmailLayout>
  ),
})

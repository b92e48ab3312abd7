/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { brand } from "../brand"
import { EmailLayout, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** vendor-application-received, to the applicant: their application is in. */
export const vendorApplicationReceivedEmail = defineEmail({
  schema: z.object({ vendor_name: z.string() }),
  subject: () => `We have your application to sell at ${brand.name}`,
  Email: (data) => (
    <EmailLayout preview="Your application is with us" heading="Thank you for applying">
      <Text style={textStyle}>
        We have your application for {data.vendor_name}. We read every one ourselves and will write to you at this address when
        we have decided.
      </Text>
    </EmailLayout>
  ),
})

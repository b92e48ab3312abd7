/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { brand } from "../brand"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

const schema = z.object({
  vendor_name: z.string(),
  decision: z.enum(["approved", "rejected", "suspended"]),
  reason: z.string().nullable(),
  /** The one-time link to set up the owner's sign-in, on a first approval. */
  join_url: z.string().url().nullable(),
})

const SUBJECTS = { approved: "You can now sell at", rejected: "Your application to sell at", suspended: "Selling is paused at" }

/** vendor-decision, to the vendor: approved (with the sign-in link), rejected or suspended, with the reason. */
export const vendorDecisionEmail = defineEmail({
  schema,
  subject: (data) => `${SUBJECTS[data.decision]} ${brand.name}`,
  Email: (data) => (
    <EmailLayout
      preview={`${data.vendor_name}: ${data.decision}`}
      heading={{ approved: "Welcome aboard", rejected: "About your application", suspended: "Your shop is paused" }[data.decision]}
    >
      {data.decision === "approved" && <Text style={textStyle}>{data.vendor_name} is approved to sell at {brand.name}.</Text>}
      {data.decision === "rejected" && <Text style={textStyle}>We are not able to take {data.vendor_name} on as a vendor.</Text>}
      {data.decision === "suspended" && <Text style={textStyle}>{data.vendor_name} is suspended: its products are not sold for now.</Text>}
      {data.reason && <Text style={textStyle}>Why: {data.reason}</Text>}
      {data.join_url && (
        <>
          <Text style={textStyle}>Set up your sign-in with this link. It works once, for 7 days.</Text>
          <ActionButton href={data.join_url}>Set up your vendor sign-in</ActionButton>
        </>
      )}
      <Text style={mutedStyle}>Reply to this email if you have questions.</Text>
    </EmailLayout>
  ),
})

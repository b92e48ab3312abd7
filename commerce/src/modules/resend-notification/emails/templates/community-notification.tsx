/** @jsxImportSource ../jsx */
import { Link, Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** community-notification: one thing that happened in the community, for a member who asked for these by email (text only). */
export const communityNotificationEmail = defineEmail({
  schema: z.object({
    text: z.string().min(1),
    detail: z.string().nullable().default(null),
    url: z.string().url(),
    settings_url: z.string().url(),
  }),
  subject: (data) => data.text,
  Email: (data) => (
    <EmailLayout preview={data.text} heading="In the community">
      <Text style={textStyle}>{data.text}.</Text>
      {data.detail && <Text style={textStyle}>{data.detail}</Text>}
      <ActionButton href={data.url}>See it</ActionButton>
      <Text style={mutedStyle}>
        You get this email because you chose email for this kind of notification. <Link href={data.settings_url}>Change your notification settings</Link>.
      </Text>
    </EmailLayout>
  ),
})

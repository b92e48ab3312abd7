/** @jsxImportSource ../jsx */
import { Link, Section, Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

const schema = z.object({
  items: z.array(z.object({ text: z.string().min(1), url: z.string().url() })).min(1),
  /** Unread notifications of the day beyond the listed ones. */
  more: z.number().int().min(0).default(0),
  notifications_url: z.string().url(),
  settings_url: z.string().url(),
})

const count = (data: z.output<typeof schema>) => data.items.length + data.more

/** community-digest: once a day, the day's unread notifications of the kinds a member chose to get as a digest (text only). */
export const communityDigestEmail = defineEmail({
  schema,
  subject: (data) => `Your community today: ${count(data)} new notification${count(data) === 1 ? "" : "s"}`,
  Email: (data) => (
    <EmailLayout preview={data.items[0].text} heading="Today in the community">
      <Section>
        {data.items.map((item, i) => (
          <Text key={i} style={{ ...textStyle, margin: "6px 0" }}>
            <Link href={item.url}>{item.text}</Link>
          </Text>
        ))}
      </Section>
      {data.more > 0 && <Text style={mutedStyle}>And {data.more} more.</Text>}
      <ActionButton href={data.notifications_url}>See all notifications</ActionButton>
      <Text style={mutedStyle}>
        You get this digest because you chose it for some notifications. <Link href={data.settings_url}>Change your notification settings</Link>.
      </Text>
    </EmailLayout>
  ),
})

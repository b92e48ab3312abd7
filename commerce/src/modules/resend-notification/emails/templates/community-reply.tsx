/** @jsxImportSource ../jsx */
import { Section, Text } from "@react-email/components"
import sanitizeHtml from "sanitize-html"
import { z } from "zod"
import { brand } from "../brand"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** A reply is stored sanitised; an email client is stricter still: text, links and lists only. */
const emailSafe = (html: string) =>
  sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "em", "b", "i", "a", "ul", "ol", "li", "blockquote", "code", "pre"],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["http", "https", "mailto"],
  })

/** community-reply: someone answered the reader's discussion. */
export const communityReplyEmail = defineEmail({
  schema: z.object({
    discussion_title: z.string(),
    reply_author: z.string(),
    reply_html: z.string(),
    discussion_url: z.string().url(),
  }),
  subject: (data) => `${data.reply_author} replied to "${data.discussion_title}"`,
  Email: (data) => (
    <EmailLayout preview={`${data.reply_author} replied to your discussion`} heading={`New reply to "${data.discussion_title}"`}>
      <Text style={textStyle}>{data.reply_author} wrote:</Text>
      <Section style={{ borderLeft: `3px solid ${brand.line}`, paddingLeft: "12px" }}>
        <div dangerouslySetInnerHTML={{ __html: emailSafe(data.reply_html) }} />
      </Section>
      <ActionButton href={data.discussion_url}>Read the discussion</ActionButton>
      <Text style={mutedStyle}>You can turn off reply emails in your community profile.</Text>
    </EmailLayout>
  ),
})

/** @jsxImportSource ../jsx */
import { Link, Section, Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { OrderSummary, orderEmailSchema } from "../components/order-summary"
import { defineEmail } from "../define-email"

const formatLink = z.object({ format: z.enum(["epub", "pdf"]), url: z.string().url() })

const schema = orderEmailSchema.extend({
  ebook_links: z
    .array(z.object({ title: z.string(), url: z.string().url(), expires_at: z.string(), formats: z.array(formatLink).default([]) }))
    .default([]),
})

const FORMAT_LABELS = { epub: "EPUB", pdf: "PDF" } as const

/** order-placed: the confirmation, with a guest's ebook links (one per format when an ebook has both EPUB and PDF). */
export const orderPlacedEmail = defineEmail({
  schema,
  subject: (data) => `Order #${data.display_id} confirmed`,
  Email: (data) => (
    <EmailLayout preview={`Thank you for your order #${data.display_id}`} heading={`Thank you for your order #${data.display_id}`}>
      <Text style={textStyle}>We have your order and will let you know as soon as it ships. Ebooks and courses are ready now.</Text>
      <OrderSummary order={data} />
      {data.ebook_links.length > 0 && (
        <Section>
          <Text style={{ ...textStyle, fontWeight: 700 }}>Your ebooks</Text>
          {data.ebook_links.map((link) =>
            link.formats.length > 1 ? (
              <Text key={link.url} style={textStyle}>
                {link.title}:{" "}
                {link.formats.map((f, i) => (
                  <span key={f.format}>
                    {i > 0 && " · "}
                    <Link href={f.url}>Download {FORMAT_LABELS[f.format]}</Link>
                  </span>
                ))}
              </Text>
            ) : (
              <Text key={link.url} style={textStyle}>
                <Link href={link.url}>Download {link.title}</Link>
              </Text>
            )
          )}
          <Text style={mutedStyle}>These links work until {new Date(data.ebook_links[0].expires_at).toUTCString()}.</Text>
        </Section>
      )}
      <ActionButton href={data.order_url}>View your order</ActionButton>
    </EmailLayout>
  ),
})

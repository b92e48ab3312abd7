/** @jsxImportSource ../jsx */
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components"
import type { ReactNode } from "react"
import { brand } from "../brand"

const styles = {
  body: { backgroundColor: brand.paper, color: brand.ink, fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" },
  container: { backgroundColor: "#ffffff", border: `1px solid ${brand.line}`, borderRadius: "10px", margin: "24px auto", maxWidth: "560px", padding: "24px" },
  brand: { color: brand.accent, fontFamily: "Georgia, 'Times New Roman', serif", fontSize: "20px", fontWeight: 700, textDecoration: "none" },
  heading: { fontFamily: "Georgia, 'Times New Roman', serif", fontSize: "24px", lineHeight: "1.3", margin: "16px 0" },
  button: { backgroundColor: brand.accent, borderRadius: "8px", color: "#ffffff", fontWeight: 600, padding: "12px 20px", textDecoration: "none" },
  footer: { color: brand.muted, fontSize: "12px", lineHeight: "1.5" },
}

/** The frame of every email: the shop's name on top, a heading, the body and a footer that says who sent it. */
export function EmailLayout({ preview, heading, children }: { preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Link href={brand.url} style={styles.brand}>
            {brand.name}
          </Link>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          {children}
          <Hr style={{ borderColor: brand.line, margin: "24px 0 12px" }} />
          <Text style={styles.footer}>
            {brand.name} · <Link href={brand.url}>{brand.url.replace(/^https?:\/\//, "")}</Link>
            {brand.tagline ? (
              <>
                <br />
                {brand.tagline}
              </>
            ) : null}
            {brand.contactEmail ? (
              <>
                <br />
                Questions? Write to <Link href={`mailto:${brand.contactEmail}`}>{brand.contactEmail}</Link>.
              </>
            ) : null}
            <br />
            You are receiving this email because of your account or an order at {brand.name}.
          </Text>
        </Container>
      </Body>
    </Html>
  )
}

/** The one thing the email asks the reader to do. */
export function ActionButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button href={href} style={styles.button}>
        {children}
      </Button>
    </Section>
  )
}

export const textStyle = { fontSize: "15px", lineHeight: "1.6", margin: "12px 0" }
export const mutedStyle = { ...textStyle, color: brand.muted }

import type { ReactNode } from "react"
import SiteFooter from "@/modules/layout/components/site-footer"
import SiteHeader from "@/modules/layout/components/site-header"

// Pages under a country are rendered on first visit and then served from
// Next's cache (ISR); nothing is rendered at build time, so a build needs no
// running backend.
export function generateStaticParams(): { countryCode: string }[] {
  return []
}

export default async function CountryLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ countryCode: string }>
}) {
  const { countryCode } = await params
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader countryCode={countryCode} />
      <main id="main">{children}</main>
      <SiteFooter countryCode={countryCode} />
    </>
  )
}

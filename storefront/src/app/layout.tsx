import type { Metadata } from "next"
import type { ReactNode } from "react"
import { mediaUrl } from "@/lib/data/media"
import { retrieveSiteSettings } from "@/lib/data/site-settings"
import { env } from "@/lib/env"
import "./globals.css"

/** Every page's title ends with the site's name, and shares the default image unless it has its own: the cms's site settings. */
export async function generateMetadata(): Promise<Metadata> {
  const brand = await retrieveSiteSettings()
  const image = brand.defaultSeoImage
  return {
    metadataBase: new URL(env.NEXT_PUBLIC_BASE_URL),
    title: {
      default: brand.tagline ? `${brand.siteName} — ${brand.tagline}` : brand.siteName,
      template: `%s · ${brand.siteName}`,
    },
    description: `Books on writing and learning by ${brand.authorName}, in print and ebook, with courses and a readers' community.`,
    authors: [{ name: brand.authorName }],
    openGraph: {
      siteName: brand.siteName,
      ...(image?.url ? { images: [{ url: mediaUrl(image.url, env.CMS_URL), alt: image.alt, width: image.width ?? undefined, height: image.height ?? undefined }] } : {}),
    },
  }
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}

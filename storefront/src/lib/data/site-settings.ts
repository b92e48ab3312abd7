import "server-only"
import { unstable_rethrow } from "next/navigation"
import { cacheTags } from "../cache"
import { cmsRead, payloadQuery } from "../cms"
import { env } from "../env"
import { asMedia, mediaUrl, type Media } from "./media"

/** The brand the whole shop prints: the cms's `site-settings` global. */
export type SiteSettings = {
  siteName: string
  authorName: string
  tagline: string | null
  contactEmail: string | null
  logo: Media | null
  defaultSeoImage: Media | null
  socialLinks: { label: string; url: string }[]
}

/** What the storefront printed before the brand was a setting: shown whenever the cms cannot be read. */
export const FALLBACK_SITE_SETTINGS: SiteSettings = {
  siteName: "Adaeze Okafor",
  authorName: "Adaeze Okafor",
  tagline: "Books for writers, teachers and lifelong learners.",
  contactEmail: null,
  logo: null,
  defaultSeoImage: null,
  socialLinks: [],
}

type CmsSiteSettings = {
  siteName?: string | null
  authorName?: string | null
  tagline?: string | null
  contactEmail?: string | null
  logo?: unknown
  defaultSeoImage?: unknown
  socialLinks?: { label?: string | null; url?: string | null }[] | null
}

const filled = (value: string | null | undefined) => (typeof value === "string" && value.trim() ? value.trim() : null)

/** The cms's answer over the fallback, field by field: a cleared name prints the old one, never a blank. */
export function toSiteSettings(doc: CmsSiteSettings): SiteSettings {
  return {
    siteName: filled(doc.siteName) ?? FALLBACK_SITE_SETTINGS.siteName,
    authorName: filled(doc.authorName) ?? FALLBACK_SITE_SETTINGS.authorName,
    tagline: filled(doc.tagline),
    contactEmail: filled(doc.contactEmail),
    logo: asMedia(doc.logo),
    defaultSeoImage: asMedia(doc.defaultSeoImage),
    socialLinks: (doc.socialLinks ?? []).flatMap((link) => {
      const label = filled(link.label)
      const url = filled(link.url)
      return label && url && /^https?:\/\//.test(url) ? [{ label, url }] : []
    }),
  }
}

/**
 * A page's share image: its own, else the site settings' default share image.
 * A page's openGraph replaces the root layout's whole, so each page asks here.
 */
export async function shareImages(own: Media | null): Promise<{ url: string; alt: string }[]> {
  const image = own?.url ? own : (await retrieveSiteSettings()).defaultSeoImage
  return image?.url ? [{ url: mediaUrl(image.url, env.CMS_URL), alt: image.alt }] : []
}

/**
 * The site settings (logo and share image populated), cached under the `settings`
 * tag the cms revalidates on every save. The header, footer and page titles need
 * them on every page, so a cms that is down gives the fallback, never an error.
 */
export async function retrieveSiteSettings(): Promise<SiteSettings> {
  try {
    const doc = await cmsRead<CmsSiteSettings>("globals/site-settings", payloadQuery({ depth: 1 }), [cacheTags.settings])
    return toSiteSettings(doc)
  } catch (error) {
    unstable_rethrow(error)
    console.error(`[cms] site settings unavailable, showing the built-in brand: ${(error as Error).message}`)
    return FALLBACK_SITE_SETTINGS
  }
}

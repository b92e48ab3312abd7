import type { EmailBrand } from "../modules/resend-notification/emails"
import { env } from "./env"
import { siteSettings } from "./site-settings"

/**
 * The brand the Resend provider prints, handed to it as its `brand` option:
 * the cms's site settings (refreshed when stale) and the storefront's address.
 */
export async function emailBrand(): Promise<EmailBrand> {
  const settings = await siteSettings()
  return {
    siteName: settings.siteName,
    tagline: settings.tagline,
    contactEmail: settings.contactEmail,
    storefrontUrl: env.STOREFRONT_PUBLIC_URL,
  }
}

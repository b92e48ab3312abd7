import type { SubscriberConfig } from "@medusajs/framework"
import { refreshSiteSettings, SITE_SETTINGS_CHANGED_EVENT } from "../lib/site-settings"

/** A worker (which sends the emails) reads the cms's site settings again when the server was told they changed. */
export default async function siteSettingsChanged() {
  await refreshSiteSettings()
}

export const config: SubscriberConfig = { event: SITE_SETTINGS_CHANGED_EVENT }

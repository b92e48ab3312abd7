import { z } from "zod"
import { env } from "./env"

/** The brand as emails and certificates print it: the cms's `site-settings` global. */
export type SiteSettings = {
  siteName: string
  tagline: string | null
  authorName: string
  contactEmail: string | null
  certificateSignatureLine: string
  socialLinks: { label: string; url: string }[]
}

/** Emitted when the cms says the settings changed, so every commerce process (the worker sends the emails) reads them again. */
export const SITE_SETTINGS_CHANGED_EVENT = "cms.site-settings.changed"

/** What the code printed before the brand was a setting; used until (and whenever) the cms cannot be read. */
export const FALLBACK_SITE_SETTINGS: SiteSettings = Object.freeze({
  siteName: "Adaeze Okafor",
  tagline: "Books for writers, teachers and lifelong learners.",
  authorName: "Adaeze Okafor",
  contactEmail: null,
  certificateSignatureLine: "Author and course leader",
  socialLinks: [],
})

/** Read again after this even without a revalidation call (one missed call costs minutes, not forever). */
export const SETTINGS_MAX_AGE_MS = 5 * 60_000
/** After a failed read the last known settings serve this long before the cms is asked again. */
const RETRY_AFTER_FAILURE_MS = 30_000
/** An email waits at most this for the cms; then it goes out with the last known brand. */
const CMS_TIMEOUT_MS = 2_000

const text = z.string().trim().nullish()
const CmsSiteSettings = z.object({
  siteName: text,
  tagline: text,
  authorName: text,
  contactEmail: text,
  certificateSignatureLine: text,
  socialLinks: z.array(z.object({ label: z.string(), url: z.string() })).nullish(),
})

let current: SiteSettings = FALLBACK_SITE_SETTINGS
let freshUntil = 0
let reading: Promise<SiteSettings> | null = null

/** The cms's answer over the fallback, field by field: an emptied field prints the old value, never a blank. */
function merge(answer: z.infer<typeof CmsSiteSettings>): SiteSettings {
  const fallback = FALLBACK_SITE_SETTINGS
  return {
    siteName: answer.siteName || fallback.siteName,
    tagline: answer.tagline || null,
    authorName: answer.authorName || fallback.authorName,
    contactEmail: answer.contactEmail || null,
    certificateSignatureLine: answer.certificateSignatureLine || fallback.certificateSignatureLine,
    socialLinks: (answer.socialLinks ?? []).filter((link) => /^https?:\/\//.test(link.url)),
  }
}

async function read(): Promise<SiteSettings> {
  if (!env.CMS_URL) {
    freshUntil = Date.now() + SETTINGS_MAX_AGE_MS
    return current
  }
  try {
    const res = await fetch(new URL("/api/globals/site-settings?depth=0", env.CMS_URL), {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    })
    if (!res.ok) throw new Error(`the cms answered ${res.status}`)
    current = merge(CmsSiteSettings.parse(await res.json()))
    freshUntil = Date.now() + SETTINGS_MAX_AGE_MS
  } catch (error) {
    console.warn(`[site-settings] keeping the last known brand: ${(error as Error).message}`)
    freshUntil = Date.now() + RETRY_AFTER_FAILURE_MS
  }
  return current
}

/**
 * Reads the settings from the cms now; on failure keeps the last known ones. A read
 * already under way may have started before the change it is asked for, so this
 * one starts after it rather than sharing it.
 */
export function refreshSiteSettings(): Promise<SiteSettings> {
  const next = (reading ?? Promise.resolve(current)).then(read)
  reading = next
  void next.finally(() => {
    if (reading === next) reading = null
  })
  return next
}

/** The settings, read from the cms when the copy in memory is older than SETTINGS_MAX_AGE_MS. */
export async function siteSettings(): Promise<SiteSettings> {
  if (Date.now() < freshUntil) return current
  return reading ?? refreshSiteSettings()
}

/** The copy in memory, for code that cannot wait (an email template mid-render); siteSettings() refreshes it. */
export const cachedSiteSettings = (): SiteSettings => current

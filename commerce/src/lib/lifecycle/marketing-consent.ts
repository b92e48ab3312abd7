import { callCms, cmsConfigured, CmsUnavailable } from "../cms-service"

/**
 * Marketing consent is one per address across the platform, and the cms owns
 * it: its email_suppressions hold every address that must get no marketing
 * email (a reader's unsubscribe, from a newsletter or from the shop, a hard
 * bounce, a complaint). commerce keeps its own `marketing_opt_out` flag too
 * (the storefront's profile reads it, and it stops lifecycle email even with
 * the cms down), and tells the cms of each change; before sending a batch of
 * lifecycle email it asks the cms which of the batch's addresses are opted out.
 * Calls use the cms's `commerce` service account (CMS_API_KEY).
 */

/** How long a request waits for the cms; the callers fail (and retry later) rather than guess. */
const CMS_TIMEOUT_MS = 4_000
/** The most addresses one question carries (a lifecycle batch is at most 200). */
export const CONSENT_LOOKUP_MAX = 500

/** The cms could not answer, so consent is unknown: send nothing, tell the reader to try again. */
export { CmsUnavailable as CmsConsentUnavailable }

const post = <T>(path: string, body: unknown) => callCms<T>(`/api/marketing-consent/${path}`, { method: "POST", body, timeoutMs: CMS_TIMEOUT_MS })

/**
 * Tells the cms the reader opted out (the cms unsubscribes them from the
 * newsletter and suppresses the address for every campaign) or, on the
 * reader's own signed-in action, back in (the cms lifts only an unsubscribe
 * suppression, never a bounce or complaint, and does not resubscribe them to
 * the newsletter: that takes a fresh sign-up confirmed by email).
 */
export async function recordConsentAtCms(email: string, optOut: boolean): Promise<void> {
  if (!cmsConfigured()) return
  await post(optOut ? "opt-out" : "opt-in", { email })
}

/** Which of `emails` (lower-cased) the cms says must get no marketing email. Throws CmsConsentUnavailable when it cannot tell. */
export async function optedOutAtCms(emails: string[]): Promise<Set<string>> {
  const unique = [...new Set(emails.map((e) => e.trim().toLowerCase()))]
  if (!unique.length || !cmsConfigured()) return new Set()
  const opted = new Set<string>()
  for (let i = 0; i < unique.length; i += CONSENT_LOOKUP_MAX) {
    const answer = await post<{ opted_out?: unknown } | null>("opted-out", { emails: unique.slice(i, i + CONSENT_LOOKUP_MAX) })
    if (!Array.isArray(answer?.opted_out)) throw new CmsUnavailable("The cms's answer has no opted_out list.")
    for (const email of answer.opted_out) if (typeof email === "string") opted.add(email.toLowerCase())
  }
  return opted
}

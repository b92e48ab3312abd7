import { NextResponse } from "next/server"
import { listOwnRsvps, retrieveAccountExport, retrieveOwnNewsletterStatus } from "@/lib/data/account-security"
import { getAuthToken } from "@/lib/data/cookies"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: read from this request's cookies, never from any cache.
export const dynamic = "force-dynamic"

const NO_STORE = { "Cache-Control": "private, no-store" }
const CMS_DOWN = {
  event_rsvps: "Event RSVPs: the site's content system did not answer just now; download again later, or ask us and we will send them.",
  newsletter: "Newsletter subscription: the site's content system did not answer just now; download again later, or ask us and we will send it.",
}

/**
 * "Download my data": commerce's export of the signed-in reader, with their
 * event RSVPs (by their customer id) and the newsletter status of their own
 * address added from the cms. When the cms does not answer, the file says
 * what is missing rather than failing.
 */
export async function GET() {
  if (!(await getAuthToken())) return NextResponse.json({ error: "Sign in to download your data." }, { status: 401, headers: NO_STORE })
  let data: Record<string, unknown>
  try {
    data = await retrieveAccountExport()
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) return NextResponse.json({ error: "Your session has ended. Sign in again." }, { status: 401, headers: NO_STORE })
    console.error(`[account] the data export failed: ${status ?? "no answer"} ${message}`)
    return NextResponse.json({ error: "Your data could not be gathered just now. Please try again." }, { status: 503, headers: NO_STORE })
  }
  const profile = (data.profile ?? {}) as { id?: unknown; email?: unknown }
  const leftOut = (what: string) => (error: unknown) => {
    console.error(`[account] ${what} left out of the export: ${toBackendError("cms", error).message}`)
    return null
  }
  const [rsvps, newsletter] = await Promise.all([
    listOwnRsvps(String(profile.id ?? "")).catch(leftOut("RSVPs")),
    typeof profile.email === "string"
      ? retrieveOwnNewsletterStatus(profile.email).catch(leftOut("The newsletter status"))
      : { newsletter: null, marketing_suppressed: null },
  ])
  const missing = [rsvps ? null : CMS_DOWN.event_rsvps, newsletter ? null : CMS_DOWN.newsletter].filter((note) => note !== null)
  const body = {
    ...data,
    event_rsvps: rsvps,
    // null only when the cms did not answer; a reader never on the list has `subscription: null`.
    newsletter: newsletter && { subscription: newsletter.newsletter, marketing_suppressed: newsletter.marketing_suppressed },
    ...(missing.length ? { not_included: missing } : {}),
  }
  const filename = `my-data-${new Date().toISOString().slice(0, 10)}.json`
  return new NextResponse(JSON.stringify(body, null, 2), {
    headers: { ...NO_STORE, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` },
  })
}

import { NextResponse } from "next/server"
import { listOwnRsvps, retrieveAccountExport } from "@/lib/data/account-security"
import { getAuthToken } from "@/lib/data/cookies"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: read from this request's cookies, never from any cache.
export const dynamic = "force-dynamic"

const NO_STORE = { "Cache-Control": "private, no-store" }
const NEWSLETTER_NOTE = "Newsletter subscription: kept by the newsletter list, which this download cannot read; ask us and we will send it."

/**
 * "Download my data": commerce's export of the signed-in reader, with their
 * event RSVPs from the cms added (when the cms answers; otherwise the file
 * says they are missing rather than failing).
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
  const customerId = String((data.profile as { id?: unknown } | undefined)?.id ?? "")
  const rsvps = await listOwnRsvps(customerId).catch((error: unknown) => {
    console.error(`[account] RSVPs left out of the export: ${toBackendError("cms", error).message}`)
    return null
  })
  const body = {
    ...data,
    event_rsvps: rsvps,
    not_included: rsvps ? [NEWSLETTER_NOTE] : data.not_included,
  }
  const filename = `my-data-${new Date().toISOString().slice(0, 10)}.json`
  return new NextResponse(JSON.stringify(body, null, 2), {
    headers: { ...NO_STORE, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` },
  })
}

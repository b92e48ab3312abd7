import { NextResponse } from "next/server"
import { retrieveEbookOwnership } from "@/lib/data/library"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: asked by the cached book page after it has arrived.
export const dynamic = "force-dynamic"

const privately = { headers: { "Cache-Control": "private, no-store" } }
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** GET /api/library/owns/:handle — whether the signed-in visitor already owns this book's ebook. */
export const GET = refuseUnreadableUrl(async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params
  if (!HANDLE.test(handle) || handle.length > 200) return NextResponse.json({ message: "Not a book handle" }, { status: 400, ...privately })
  try {
    return NextResponse.json(await retrieveEbookOwnership(handle), privately)
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    console.error(`[library] ownership unavailable: ${status ?? "no answer"} ${message}`)
    return NextResponse.json({ message: "Your library could not be read just now" }, { status: 503, ...privately })
  }
})

import { NextResponse } from "next/server"
import { retrieveCourseAccess } from "@/lib/data/courses"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: asked by the cached course page after it has arrived.
export const dynamic = "force-dynamic"

const privately = { headers: { "Cache-Control": "private, no-store" } }
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** GET /api/courses/:handle/enrollment — whether the visitor is signed in, and their enrollment in the course. */
export const GET = refuseUnreadableUrl(async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params
  if (!HANDLE.test(handle) || handle.length > 200) return NextResponse.json({ message: "Not a course handle" }, { status: 400, ...privately })
  try {
    return NextResponse.json(await retrieveCourseAccess(handle), privately)
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    console.error(`[courses] enrollment of the visitor unavailable: ${status ?? "no answer"} ${message}`)
    return NextResponse.json({ message: "Your enrollment could not be read just now" }, { status: 503, ...privately })
  }
})

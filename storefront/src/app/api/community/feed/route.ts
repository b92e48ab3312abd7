import { NextResponse, type NextRequest } from "next/server"
import { listFeed, type FeedPage } from "@/lib/data/community-feed"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: read with this request's cookies, never from a shared cache.
export const dynamic = "force-dynamic"

const CURSOR = /^[A-Za-z0-9_-]{1,400}$/

/** The next page of the community feed, for the home page's "Load more" (it appends to what the page rendered). */
export async function GET(req: NextRequest) {
  const filter = req.nextUrl.searchParams.get("filter") === "following" ? "following" : "all"
  const cursor = req.nextUrl.searchParams.get("cursor") ?? ""
  if (!CURSOR.test(cursor)) return NextResponse.json({ message: "cursor is missing or not one the feed gave" }, { status: 400 })
  try {
    const page: FeedPage = await listFeed({ filter, cursor })
    return NextResponse.json(page, { headers: { "Cache-Control": "private, no-store" } })
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    console.error(`[community feed] could not read a page: ${status ?? "no answer"} ${message}`)
    return NextResponse.json({ message: "The feed could not be loaded just now." }, { status: status && status < 500 ? status : 502 })
  }
}

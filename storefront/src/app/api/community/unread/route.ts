import { NextResponse } from "next/server"
import { retrieveUnreadCount } from "@/lib/data/community-notifications"
import { getAuthToken } from "@/lib/data/cookies"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: read from this request's cookies, never from any cache.
export const dynamic = "force-dynamic"

/** What the header's bell shows: `unread` is null for a visitor who is signed out or has not joined the community. */
export type UnreadNotifications = { unread: number | null; capped: boolean }

/** The signed-in member's unread notification count, fetched by the bell after a cached page has loaded. */
export async function GET() {
  let body: UnreadNotifications = { unread: null, capped: false }
  if (await getAuthToken()) {
    try {
      const count = await retrieveUnreadCount()
      if (count) body = { unread: count.unread, capped: count.capped }
    } catch (error) {
      console.error(`[notifications] could not read the unread count: ${toBackendError("commerce", error).message}`)
    }
  }
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } })
}

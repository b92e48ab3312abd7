import { revalidateTag } from "next/cache"
import { env } from "@/lib/env"
import { handleRevalidate } from "@/lib/revalidate"

/**
 * Commerce and the cms POST `{ tags }` here when content changes. The tagged
 * data expires at once (`expire: 0`): a changed price or an unpublished post
 * must never be served stale, not even to the next visitor.
 */
export async function POST(request: Request) {
  const { status, body } = await handleRevalidate(request, env.REVALIDATE_SECRET, (tag) =>
    revalidateTag(tag, { expire: 0 })
  )
  return Response.json(body, { status })
}

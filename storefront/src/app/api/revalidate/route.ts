import { revalidateTag } from "next/cache"
import { env } from "@/lib/env"
import { handleRevalidate } from "@/lib/revalidate"

/** Backends POST `{ tags }` here when content changes; the next visit renders fresh. */
export async function POST(request: Request) {
  // expire: 0 — a changed price must never be served stale, not even once.
  const { status, body } = await handleRevalidate(request, env.REVALIDATE_SECRET, (tag) =>
    revalidateTag(tag, { expire: 0 })
  )
  return Response.json(body, { status })
}

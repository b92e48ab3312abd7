import { draftMode } from "next/headers"
import { redirect } from "next/navigation"
import { env } from "@/lib/env"
import { secretMatches } from "@/lib/revalidate"
import { previewTarget } from "@/lib/util/preview-path"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"

/**
 * The cms admin's Preview button lands here with PREVIEW_SECRET. Draft mode
 * (a cookie for this browser only) makes content pages read the newest drafts
 * with the preview key, uncached; everyone else keeps the cached published pages.
 */
export const GET = refuseUnreadableUrl(async function GET(request: Request) {
  const url = new URL(request.url)
  if (!secretMatches(url.searchParams.get("secret"), env.PREVIEW_SECRET)) {
    return Response.json({ message: "Missing or wrong preview secret" }, { status: 401 })
  }
  const target = previewTarget(url.searchParams.get("path"), env.NEXT_PUBLIC_DEFAULT_COUNTRY)
  if (!target) return Response.json({ message: "path must be a path on this site, like /blog/my-post" }, { status: 400 })
  ;(await draftMode()).enable()
  redirect(target)
})

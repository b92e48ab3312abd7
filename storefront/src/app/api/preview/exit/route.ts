import { draftMode } from "next/headers"
import { redirect } from "next/navigation"
import { env } from "@/lib/env"
import { previewTarget } from "@/lib/util/preview-path"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"

/** Leaves preview: back to the page as readers see it. */
export const GET = refuseUnreadableUrl(async function GET(request: Request) {
  ;(await draftMode()).disable()
  const target = previewTarget(new URL(request.url).searchParams.get("path"), env.NEXT_PUBLIC_DEFAULT_COUNTRY)
  redirect(target ?? `/${env.NEXT_PUBLIC_DEFAULT_COUNTRY}`)
})

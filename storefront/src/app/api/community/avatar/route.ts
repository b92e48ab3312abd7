import { NextResponse } from "next/server"
import { sendAvatar } from "@/lib/data/community"
import { getAuthToken } from "@/lib/data/cookies"
import { toBackendError } from "@/lib/util/errors"

// Per visitor: the signed-in member's own avatar.
export const dynamic = "force-dynamic"

const privately = (body: unknown, status: number) => NextResponse.json(body, { status, headers: { "Cache-Control": "private, no-store" } })

/** What the member is told: commerce's own words for a refused file (type, size, suspension, too many uploads). */
async function answer(send: () => ReturnType<typeof sendAvatar>) {
  if (!(await getAuthToken())) return privately({ message: "Sign in to change your avatar." }, 401)
  try {
    const { status, body } = await send()
    if (status < 400) return privately({ avatar_url: body.member?.avatar_url ?? null }, status)
    if (status >= 500) throw Object.assign(new Error(body.message ?? "commerce failed"), { status })
    return privately({ message: body.message ?? "That image was refused." }, status)
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    console.error(`[community] avatar change failed: ${status ?? "no answer"} ${message}`)
    return privately({ message: "Your avatar could not be changed just now. Please try again." }, 503)
  }
}

/** Uploads the signed-in member's avatar: the browser's multipart body goes on to commerce as it arrives. */
export async function POST(request: Request) {
  const contentType = request.headers.get("content-type") ?? ""
  if (!request.body || !contentType.startsWith("multipart/form-data")) return privately({ message: "Choose an image to upload." }, 400)
  return answer(() => sendAvatar("POST", { body: request.body!, contentType }))
}

/** Removes the signed-in member's avatar: their initials stand in again. */
export async function DELETE() {
  return answer(() => sendAvatar("DELETE"))
}

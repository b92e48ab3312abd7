import { BACKEND_TIMEOUT_MS } from "@/lib/cache"
import { publishableKey } from "@/lib/config"
import { getAuthToken } from "@/lib/data/cookies"
import { env } from "@/lib/env"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"

/**
 * The signed-in learner's certificate PDF, fetched from commerce with their
 * own token (commerce answers 404 for anyone else's) and passed through.
 */
export const GET = refuseUnreadableUrl(async function GET(_request: Request, { params }: { params: Promise<{ enrollmentId: string }> }) {
  const { enrollmentId } = await params
  const token = await getAuthToken()
  if (!token) return Response.json({ message: "Sign in to download your certificate" }, { status: 401 })
  if (!/^[A-Za-z0-9_]{1,64}$/.test(enrollmentId)) return Response.json({ message: "No such certificate" }, { status: 404 })
  const upstream = await fetch(`${env.MEDUSA_BACKEND_URL}/store/customers/me/courses/${enrollmentId}/certificate`, {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": await publishableKey() },
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  })
  if (!upstream.ok || !upstream.body) {
    return Response.json({ message: upstream.status === 404 ? "No such certificate" : "The certificate could not be fetched" }, { status: upstream.status === 404 ? 404 : 502 })
  }
  return new Response(upstream.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": upstream.headers.get("content-disposition") ?? 'attachment; filename="certificate.pdf"',
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
})

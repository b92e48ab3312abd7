import type { NextRequest } from "next/server"
import { safeReturnPath } from "@/lib/actions/account-input"
import { googleSignInOffered, rememberGoogleSignIn, startGoogleSignIn } from "@/lib/data/google-sign-in"
import { env } from "@/lib/env"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"
import { toBackendError } from "@/lib/util/errors"

// Per visitor and with side effects: never cached, never prerendered.
export const dynamic = "force-dynamic"

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } })

/**
 * "Continue with Google" (a link, so no form policy stands between the shop
 * and Google, with or without JavaScript): asks commerce for Google's sign-in
 * page and sends the reader there, remembering in this browser only the state
 * to expect back and the page to return to, checked like the password
 * sign-in's. Starting a sign-in signs nobody in; the callback checks the state.
 */
export const GET = refuseUnreadableUrl(async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams
  const code = (query.get("country") ?? "").toLowerCase()
  const country = /^[a-z]{2}$/.test(code) ? code : env.NEXT_PUBLIC_DEFAULT_COUNTRY
  const next = safeReturnPath(query.get("next"), country)
  if (!googleSignInOffered()) return seeOther(`/${country}/account/login`)
  try {
    const { location, state } = await startGoogleSignIn()
    await rememberGoogleSignIn({ state, next, country })
    return seeOther(location)
  } catch (error) {
    console.error(`[google] could not start a sign-in: ${toBackendError("commerce", error).message}`)
    return seeOther(`/${country}/account/login?${new URLSearchParams({ google: "unavailable", next })}`)
  }
})

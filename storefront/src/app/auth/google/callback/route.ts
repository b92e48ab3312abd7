import { timingSafeEqual } from "node:crypto"
import type { NextRequest } from "next/server"
import { safeReturnPath } from "@/lib/actions/account-input"
import { AuthRefusal, refreshSessionToken } from "@/lib/data/customer"
import { customerForGoogleSignIn, finishGoogleSignIn, takeGoogleSignIn } from "@/lib/data/google-sign-in"
import { startSession } from "@/lib/data/session"
import { env } from "@/lib/env"
import { refuseUnreadableUrl } from "@/lib/util/bad-input"
import { toBackendError } from "@/lib/util/errors"

// Per visitor and with side effects: never cached, never prerendered.
export const dynamic = "force-dynamic"

/** A 303 to a path of this site: the browser follows it with a GET. */
const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } })

const sameState = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** Why a Google sign-in did not finish, as the login page words it (`?google=`). */
type Failure = "cancelled" | "expired" | "failed" | "unverified"

/**
 * Google's return address (the one fixed redirect URI registered with Google,
 * without a country). Commerce checks the code, PKCE and ID token; this route
 * checks the state is the one this browser was given, finds or creates the
 * reader's account, signs the browser in as a password sign-in does and
 * returns the reader to the page they started from.
 */
export const GET = refuseUnreadableUrl(async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams
  const started = await takeGoogleSignIn()
  const country = started?.country ?? env.NEXT_PUBLIC_DEFAULT_COUNTRY
  const next = safeReturnPath(started?.next, country)
  const back = (why: Failure) => seeOther(`/${country}/account/login?${new URLSearchParams({ google: why, next })}`)

  const code = query.get("code")
  const state = query.get("state")
  if (query.get("error")) return back(query.get("error") === "access_denied" ? "cancelled" : "failed")
  if (!started || !code || !state || !sameState(state, started.state)) return back("expired")
  try {
    const identityToken = await finishGoogleSignIn(query)
    const { outcome } = await customerForGoogleSignIn(identityToken)
    // The callback's token was issued before the account existed (or was linked): commerce re-issues it with the customer.
    await startSession(outcome === "existing" ? identityToken : await refreshSessionToken(identityToken))
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (error instanceof AuthRefusal && error.status === 401) return back("failed")
    if (status === 400 && /has not verified/i.test(message)) return back("unverified")
    console.error(`[google] sign-in not finished: commerce answered ${status ?? "nothing"}: ${message}`)
    return back("failed")
  }
  return seeOther(next)
})

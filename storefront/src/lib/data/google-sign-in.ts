import "server-only"
import { cookies } from "next/headers"
import { privateFetchOptions } from "../cache"
import { storeFetch } from "../config"
import { env } from "../env"
import { authAnswer, forwardedFor } from "./customer"
import { sessionCookieOptions } from "./cookies"

/**
 * Sign in with Google, through commerce's auth module (auth-oidc registered as
 * `google`): commerce answers Google's address (with PKCE, nonce and state it
 * keeps), Google returns the reader to /auth/google/callback, and commerce
 * turns the code into a session. Offered in development and tests (on the
 * local provider of tools/oidc) and in production when GOOGLE_CLIENT_ID is set.
 */
export const googleSignInOffered = (): boolean => env.NODE_ENV !== "production" || !!env.GOOGLE_CLIENT_ID

/**
 * This browser's sign-in in progress: the state commerce gave Google (the
 * callback must bring the same one back, so nobody can finish their own
 * sign-in in someone else's browser) and where the reader was.
 */
export const GOOGLE_SIGN_IN_COOKIE = "shop_google"
const GOOGLE_SIGN_IN_MAX_AGE = 10 * 60

export type GoogleSignIn = { state: string; next: string; country: string }

async function authCall<T>(path: string, init: { method: "GET" | "POST"; query?: Record<string, string> } = { method: "POST" }): Promise<T> {
  const url = new URL(`${env.MEDUSA_BACKEND_URL}/auth/customer/google${path}`)
  for (const [name, value] of Object.entries(init.query ?? {})) url.searchParams.set(name, value)
  const res = await fetch(url, {
    method: init.method,
    headers: { accept: "application/json", "content-type": "application/json", ...(await forwardedFor()) },
    ...(init.method === "POST" ? { body: "{}" } : {}),
    ...privateFetchOptions(),
  })
  return authAnswer<T>(res)
}

/** Google's sign-in page for this reader, and the state it will bring back. */
export async function startGoogleSignIn(): Promise<{ location: string; state: string }> {
  const { location } = await authCall<{ location: string }>("", { method: "POST" })
  const state = new URL(location).searchParams.get("state")
  if (!state) throw new Error("commerce answered a Google address without a state")
  return { location, state }
}

/** The parameters of Google's answer commerce checks: the code, the state, and the issuer (RFC 9207) when sent. */
const CALLBACK_PARAMS = ["code", "state", "iss"] as const

/** The token for the Google identity, once commerce has checked the code, state, issuer, PKCE and ID token. */
export async function finishGoogleSignIn(answer: URLSearchParams): Promise<string> {
  const query = Object.fromEntries(CALLBACK_PARAMS.flatMap((name) => (answer.has(name) ? [[name, answer.get(name) ?? ""]] : [])))
  const { token } = await authCall<{ token: string }>("/callback", { method: "GET", query })
  return token
}

/** Links the identity to the account with its verified address, or creates the account, the first time. */
export async function customerForGoogleSignIn(token: string): Promise<{ customer_id: string; outcome: "existing" | "linked" | "created" }> {
  return storeFetch("/store/auth/google/customer", { method: "POST", headers: { authorization: `Bearer ${token}` }, ...privateFetchOptions() })
}

export async function rememberGoogleSignIn(signIn: GoogleSignIn): Promise<void> {
  ;(await cookies()).set(GOOGLE_SIGN_IN_COOKIE, JSON.stringify(signIn), sessionCookieOptions(GOOGLE_SIGN_IN_MAX_AGE))
}

/** The sign-in this browser started, read once: the cookie is removed as it is read. */
export async function takeGoogleSignIn(): Promise<GoogleSignIn | null> {
  const jar = await cookies()
  const raw = jar.get(GOOGLE_SIGN_IN_COOKIE)?.value
  if (raw === undefined) return null
  jar.delete({ name: GOOGLE_SIGN_IN_COOKIE, path: "/" })
  try {
    const value = JSON.parse(raw) as Partial<GoogleSignIn>
    const ok = typeof value.state === "string" && typeof value.next === "string" && typeof value.country === "string" && /^[a-z]{2}$/.test(value.country)
    return ok ? (value as GoogleSignIn) : null
  } catch {
    return null
  }
}

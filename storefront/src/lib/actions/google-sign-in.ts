"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { googleSignInOffered, rememberGoogleSignIn, startGoogleSignIn } from "../data/google-sign-in"
import { toBackendError } from "../util/errors"
import { safeReturnPath } from "./account-input"

/**
 * "Continue with Google": asks commerce for Google's sign-in page and sends
 * the reader there, remembering (in this browser only) the state to expect
 * back and the page to return to, checked like the password sign-in's.
 */
export async function continueWithGoogle(formData: FormData): Promise<void> {
  const code = String(formData.get("countryCode") ?? "").toLowerCase()
  const country = /^[a-z]{2}$/.test(code) ? code : "ng"
  const next = safeReturnPath(formData.get("next"), country)
  if (!googleSignInOffered()) redirect(`/${country}/account/login`)
  let location: string
  try {
    const started = await startGoogleSignIn()
    await rememberGoogleSignIn({ state: started.state, next, country })
    location = started.location
  } catch (error) {
    unstable_rethrow(error)
    console.error(`[google] could not start a sign-in: ${toBackendError("commerce", error).message}`)
    redirect(`/${country}/account/login?${new URLSearchParams({ google: "unavailable", next })}`)
  }
  redirect(location)
}

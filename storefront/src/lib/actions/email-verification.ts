"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { getAuthToken } from "../data/cookies"
import { requestVerificationEmail } from "../data/email-verification"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"

const countryOf = (formData: FormData) => {
  const code = String(formData.get("countryCode") ?? "").toLowerCase()
  return /^[a-z]{2}$/.test(code) ? code : "ng"
}

/** "Resend verification email": a new signed link to the account's current email (a few an hour). */
export async function resendVerificationEmail(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(await getAuthToken())) redirect(`/${countryOf(formData)}/account/login`)
  try {
    await requestVerificationEmail()
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 429) {
      return { ok: false, message: message.replace(/^Too many verification emails\./, "We have sent several emails already.") }
    }
    if (status === 409) {
      refresh()
      return { ok: true, message: "Your email address is already verified." }
    }
    if (status === 401) return { ok: false, message: "Your session has ended. Please sign in again." }
    console.error(`[email-verification] resend: commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: "The email could not be sent just now. Please try again in a moment." }
  }
  return { ok: true, message: "A new verification email is on its way. The link in it works for 48 hours." }
}

"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { getAuthToken } from "../data/cookies"
import { unsubscribeByToken, updateMarketingPreference } from "../data/marketing"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"

const TRY_AGAIN = "Something went wrong on our side. Please try again in a moment."
const countryOf = (formData: FormData) => {
  const code = String(formData.get("countryCode") ?? "").toLowerCase()
  return /^[a-z]{2}$/.test(code) ? code : "ng"
}

/** The account page's checkbox: marketing email (cart reminders, course nudges) off or on. Order emails always come. */
export async function saveMarketingPreference(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(await getAuthToken())) redirect(`/${countryOf(formData)}/account/login`)
  const optOut = formData.get("marketing_opt_out") === "on"
  try {
    await updateMarketingPreference(optOut)
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) return { ok: false, message: "Your session has ended. Please sign in again." }
    console.error(`[marketing] commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: TRY_AGAIN }
  }
  refresh()
  // Opting in lifts the opt-out everywhere but does not resubscribe the newsletter: that needs its own confirmed sign-up.
  return {
    ok: true,
    message: optOut
      ? "You will get no more marketing emails, the newsletter included. Order emails still come."
      : "Marketing emails are on. To get the newsletter again, sign up for it and confirm the email we send.",
  }
}

/** The unsubscribe page's button: the signed link's address gets no more marketing email. */
export async function unsubscribe(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "")
  if (!token) return { ok: false, message: "This unsubscribe link is not valid." }
  try {
    const { email } = await unsubscribeByToken(token)
    return { ok: true, message: `${email} will get no more marketing emails from us. Order and account emails still come.` }
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 410) return { ok: false, message: "This unsubscribe link has expired. Sign in and turn marketing emails off on your profile." }
    if (status === 403 || status === 400) return { ok: false, message: "This unsubscribe link is not valid. It may have been cut short when it was copied." }
    console.error(`[unsubscribe] commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: TRY_AGAIN }
  }
}

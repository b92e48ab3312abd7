"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { changePassword, deleteAccount, revokeAllSessions } from "../data/account-security"
import { getAuthToken, removeAuthToken, removeCartId, setAuthToken } from "../data/cookies"
import { AuthRefusal } from "../data/customer"
import { toBackendError } from "../util/errors"
import { changePasswordSchema, deleteAccountSchema, echoValues, parseForm, rateLimitMessage, type FormState } from "./account-input"

const TRY_AGAIN = "Something went wrong on our side. Please try again in a moment."
const SESSION_ENDED = "Your session has ended. Please sign in again."

const countryOf = (formData: FormData) => {
  const code = String(formData.get("countryCode") ?? "").toLowerCase()
  return /^[a-z]{2}$/.test(code) ? code : "ng"
}

async function signedIn(formData: FormData) {
  if (!(await getAuthToken())) redirect(`/${countryOf(formData)}/account/login`)
}

/** The profile's "Change password": the current password proves it is the reader; other sessions end, this one stays. */
export async function updatePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  await signedIn(formData)
  const parsed = parseForm(changePasswordSchema, formData)
  if (!parsed.ok) return { ok: false, errors: parsed.errors }
  try {
    await setAuthToken(await changePassword(parsed.data.current_password, parsed.data.new_password))
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 429) return { ok: false, message: rateLimitMessage(error instanceof AuthRefusal ? error.retryAfterSeconds : null) }
    if (status === 400 && /current password/i.test(message)) return { ok: false, errors: { current_password: "That is not your current password." } }
    if (status === 401) return { ok: false, message: SESSION_ENDED }
    console.error(`[account] changing the password: commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: TRY_AGAIN, values: echoValues(formData) }
  }
  return { ok: true, message: "Your password has been changed. Any other device signed in to your account has been signed out." }
}

/** "Sign out everywhere": every session ends, this one too; the reader signs in again. */
export async function signOutEverywhere(formData: FormData): Promise<void> {
  await signedIn(formData)
  try {
    await revokeAllSessions()
  } catch (error) {
    unstable_rethrow(error)
    // A session commerce already refuses is signed out already; anything else must not look like success.
    if (toBackendError("commerce", error).status !== 401) throw error
  }
  await removeAuthToken()
  await removeCartId()
  redirect(`/${countryOf(formData)}/account/login?${new URLSearchParams({ signed_out: "everywhere" })}`)
}

/** "Delete my account", confirmed by password: the account is erased in commerce, then this browser forgets it. */
export async function removeAccount(_prev: FormState, formData: FormData): Promise<FormState> {
  await signedIn(formData)
  const parsed = parseForm(deleteAccountSchema, formData)
  // The tick box has no place of its own for an error: the form's message says it.
  if (!parsed.ok) return { ok: false, errors: parsed.errors, message: parsed.errors.confirm_delete }
  try {
    await deleteAccount(parsed.data.password)
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 429) return { ok: false, message: rateLimitMessage(error instanceof AuthRefusal ? error.retryAfterSeconds : null) }
    if (status === 400 && /password/i.test(message)) return { ok: false, errors: { password: "That is not your password." } }
    if (status === 401) return { ok: false, message: SESSION_ENDED }
    console.error(`[account] deleting the account: commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: TRY_AGAIN }
  }
  await removeAuthToken()
  await removeCartId()
  redirect(`/${countryOf(formData)}/account/login?${new URLSearchParams({ deleted: "1" })}`)
}

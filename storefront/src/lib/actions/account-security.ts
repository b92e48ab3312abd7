"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { changePassword, deleteAccount, deleteAccountByToken, requestAccountDeletionEmail, revokeAllSessions } from "../data/account-security"
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

/** "Email me a link to confirm", for an account without a password: the link's page deletes the account once the reader confirms there. */
export async function requestDeletionLink(_prev: FormState, formData: FormData): Promise<FormState> {
  await signedIn(formData)
  try {
    await requestAccountDeletionEmail()
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 429) return { ok: false, message: rateLimitMessage(error instanceof AuthRefusal ? error.retryAfterSeconds : null) }
    if (status === 401) return { ok: false, message: SESSION_ENDED }
    if (status === 400 && /password/i.test(message)) return { ok: false, message: "Your account has a password: reload the page and confirm with it." }
    console.error(`[account] emailing an account deletion link: commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: TRY_AGAIN }
  }
  return { ok: true, message: "We have emailed you a link. Open it within 30 minutes and confirm there to delete your account." }
}

/**
 * The deletion email's page, once the reader presses "Delete my account"
 * (never on opening the link: mail scanners open links). No sign-in needed;
 * this browser is signed out after, as the account is gone.
 */
export async function confirmAccountDeletion(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "")
  if (!token) return { ok: false, message: "This link is not valid. Open it straight from the email, or ask for a new one." }
  try {
    await deleteAccountByToken(token)
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 410 && /already been deleted/i.test(message)) return { ok: false, message: "This account has already been deleted." }
    if (status === 410 && /earlier email/i.test(message)) return { ok: false, message: "This link was for an earlier email address of the account. Ask for a new link from your profile." }
    if (status === 410) return { ok: false, message: "This link has expired: links work for 30 minutes. Ask for a new one from your profile." }
    if (status === 403 || status === 400) return { ok: false, message: "This link is not valid. Open it straight from the email, or ask for a new one." }
    console.error(`[account] confirming an account deletion link: commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: TRY_AGAIN }
  }
  await removeAuthToken()
  await removeCartId()
  redirect(`/${countryOf(formData)}/account/delete/done`)
}

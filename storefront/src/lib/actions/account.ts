"use server"

import { refresh } from "next/cache"
import { redirect, unstable_rethrow } from "next/navigation"
import { getAuthToken, removeAuthToken, removeCartId } from "../data/cookies"
import { startSession } from "../data/session"
import {
  AuthRefusal,
  addAddress,
  createCustomer,
  deleteAddress,
  login,
  refreshSessionToken,
  registerIdentity,
  requestPasswordReset,
  resetPassword,
  retrieveCustomer,
  updateAddress,
  updateCustomer,
} from "../data/customer"
import { toBackendError } from "../util/errors"
import {
  addressSchema,
  echoValues,
  forgotPasswordSchema,
  parseForm,
  profileSchema,
  rateLimitMessage,
  registerSchema,
  resetPasswordSchema,
  safeReturnPath,
  signInSchema,
  type FormState,
} from "./account-input"

const TRY_AGAIN = "Something went wrong on our side. Please try again in a moment."

const countryOf = (formData: FormData) => {
  const code = String(formData.get("countryCode") ?? "").toLowerCase()
  return /^[a-z]{2}$/.test(code) ? code : "ng"
}

/** A failed call as a form message; unexpected failures are logged, never shown raw. */
function failure(error: unknown, formData: FormData, known: Record<number, string> = {}): FormState {
  unstable_rethrow(error)
  const values = echoValues(formData)
  if (error instanceof AuthRefusal && error.status === 429) {
    return { ok: false, message: rateLimitMessage(error.retryAfterSeconds), values }
  }
  const { status, message } = toBackendError("commerce", error)
  if (status !== null && known[status]) return { ok: false, message: known[status], values }
  console.error(`[account] commerce answered ${status ?? "nothing"}: ${message}`)
  return { ok: false, message: TRY_AGAIN, values }
}

export async function signIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(signInSchema, formData)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: echoValues(formData) }
  try {
    await startSession(await login(parsed.data.email, parsed.data.password))
  } catch (error) {
    return failure(error, formData, { 401: "The email or password is not right. Check both and try again." })
  }
  redirect(safeReturnPath(formData.get("next"), countryOf(formData)))
}

/** Registers, or finishes a registration whose customer record was never made. */
async function registerToken(data: { email: string; password: string }): Promise<{ token: string; isNew: boolean }> {
  try {
    return { token: await registerIdentity(data.email, data.password), isNew: true }
  } catch (error) {
    if (!(error instanceof AuthRefusal) || error.status !== 401 || !/already exists/i.test(error.message)) throw error
    const token = await login(data.email, data.password).catch(() => {
      throw new AuthRefusal(422, "exists")
    })
    if (await retrieveCustomer(token)) throw new AuthRefusal(422, "exists")
    return { token, isNew: false }
  }
}

export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(registerSchema, formData)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: echoValues(formData) }
  const { email, password, first_name, last_name } = parsed.data
  try {
    const { token } = await registerToken({ email, password })
    await createCustomer(token, { email, first_name, last_name })
    // The registration token may only create the customer: commerce re-issues it as the customer's session.
    await startSession(await refreshSessionToken(token))
  } catch (error) {
    return failure(error, formData, {
      422: "An account with this email already exists. Sign in, or reset your password if you have forgotten it.",
    })
  }
  redirect(safeReturnPath(formData.get("next"), countryOf(formData)))
}

/** Forgets the session and the cart on this browser; the cart stays the customer's in commerce. */
export async function signOut(formData: FormData): Promise<void> {
  await removeAuthToken()
  await removeCartId()
  redirect(`/${countryOf(formData)}`)
}

export async function askForPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(forgotPasswordSchema, formData)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: echoValues(formData) }
  try {
    await requestPasswordReset(parsed.data.email)
  } catch (error) {
    return failure(error, formData)
  }
  // The same answer whether or not the account exists, so the form reveals nothing.
  return {
    ok: true,
    message: `If an account exists for ${parsed.data.email}, we have sent it a link to reset the password. The link works for a limited time.`,
  }
}

export async function setNewPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(resetPasswordSchema, formData)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: echoValues(formData) }
  try {
    await resetPassword(parsed.data.token, parsed.data.email, parsed.data.password)
  } catch (error) {
    return failure(error, formData, {
      401: "This reset link has expired or has already been used. Ask for a new link below.",
    })
  }
  await removeAuthToken()
  redirect(`/${countryOf(formData)}/account/login?${new URLSearchParams({ reset: "1" })}`)
}

async function signedIn(formData: FormData) {
  if (!(await getAuthToken())) redirect(`/${countryOf(formData)}/account/login`)
}

const SESSION_ENDED = { 401: "Your session has ended. Please sign in again." }

export async function saveProfile(_prev: FormState, formData: FormData): Promise<FormState> {
  await signedIn(formData)
  const parsed = parseForm(profileSchema, formData)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: echoValues(formData) }
  try {
    await updateCustomer(parsed.data)
  } catch (error) {
    return failure(error, formData, SESSION_ENDED)
  }
  refresh()
  return { ok: true, message: "Your profile has been saved." }
}

export async function saveAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  await signedIn(formData)
  const parsed = parseForm(addressSchema, formData)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: echoValues(formData) }
  const addressId = String(formData.get("addressId") ?? "")
  try {
    if (addressId) await updateAddress(addressId, parsed.data)
    else await addAddress(parsed.data)
  } catch (error) {
    return failure(error, formData, { ...SESSION_ENDED, 404: "That address no longer exists." })
  }
  redirect(`/${countryOf(formData)}/account/addresses?saved=1`)
}

export async function removeAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  await signedIn(formData)
  const addressId = String(formData.get("addressId") ?? "")
  if (!addressId) return { ok: false, message: "No address was chosen." }
  try {
    await deleteAddress(addressId)
  } catch (error) {
    return failure(error, formData, { ...SESSION_ENDED, 404: "That address no longer exists." })
  }
  refresh()
  return { ok: true, message: "The address has been deleted." }
}

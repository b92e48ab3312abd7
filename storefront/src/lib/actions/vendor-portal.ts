"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { removeVendorToken, setVendorToken } from "../data/cookies"
import { AuthRefusal } from "../data/customer"
import { vendorFetch, vendorLogin, type VendorProduct } from "../data/vendor-portal"
import { toBackendError } from "../util/errors"
import { signInSchema, type FormState } from "./account-input"
import { bookFromForm, editFromForm, fieldErrors } from "./vendor-product-input"

const countryOf = (formData: FormData) => {
  const cc = String(formData.get("countryCode") ?? "")
  return /^[a-z]{2}$/.test(cc) ? cc : "ng"
}

/** Commerce's refusal as the form shows it: 400s name the field, so they are shown as they are. */
function refusal(error: unknown, values: Record<string, string>): FormState {
  const { status, message } = toBackendError("commerce", error)
  if (status === 401) return { ok: false, message: "Your vendor session has ended: sign in again.", values }
  if (status && status >= 400 && status < 500) return { ok: false, message: message.replace(/^Invalid request:\s*/, ""), values }
  console.error(`[vendor-portal] commerce answered ${status ?? "nothing"}: ${message}`)
  return { ok: false, message: "Something went wrong on our side. Please try again in a moment.", values }
}

/** Signs a vendor member in to the portal (a shop sign-in in the same browser is untouched). */
export async function signInVendorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? "") }
  const parsed = signInSchema.safeParse({ email: values.email, password: formData.get("password") ?? "" })
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values }
  try {
    await setVendorToken(await vendorLogin(parsed.data.email, parsed.data.password))
  } catch (error) {
    if (error instanceof AuthRefusal && error.status === 401) return { ok: false, message: "That email and password do not match a vendor sign-in.", values }
    if (error instanceof AuthRefusal && error.status === 429) return { ok: false, message: "Too many attempts: wait a few minutes and try again.", values }
    return refusal(error, values)
  }
  redirect(`/${countryOf(formData)}/vendor`)
}

export async function signOutVendorAction(formData: FormData): Promise<void> {
  await removeVendorToken()
  redirect(`/${countryOf(formData)}/vendor`)
}

/** Lists a new book: a draft that staff approve before it is in the shop. */
export async function createVendorBookAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { body, errors, values } = bookFromForm(formData)
  if (errors) return { ok: false, errors, values }
  let product: VendorProduct
  try {
    product = (await vendorFetch<{ product: VendorProduct }>("/vendors/me/products", { method: "POST", body })).product
  } catch (error) {
    return refusal(error, values)
  }
  revalidatePath(`/${countryOf(formData)}/vendor`)
  redirect(`/${countryOf(formData)}/vendor/products/${product.id}?created=1`)
}

/** Changes a product's title, description, prices or print stock. */
export async function updateVendorProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = z.string().regex(/^prod_\w+$/).safeParse(formData.get("id"))
  if (!id.success) return { ok: false, message: "This product is not yours to change." }
  const { body, errors, values } = editFromForm(formData)
  if (errors) return { ok: false, errors, values }
  try {
    const { price_change_waits } = await vendorFetch<{ price_change_waits: boolean }>(`/vendors/me/products/${id.data}`, { method: "POST", body })
    revalidatePath(`/${countryOf(formData)}/vendor`)
    return {
      ok: true,
      message: price_change_waits
        ? "Saved. Your new prices change by more than the shop allows without review: they apply once staff approve them."
        : "Saved.",
      values,
    }
  } catch (error) {
    return refusal(error, values)
  }
}

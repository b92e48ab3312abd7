"use server"

import { revalidatePath } from "next/cache"
import { vendorFetch } from "../data/vendor-portal"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"
import { shipmentFromForm } from "./vendor-shipment-input"

/** Marks copies of the vendor's own print lines shipped, with the parcel's tracking; commerce's refusals (naming the line) are shown as they are. */
export async function shipVendorLinesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { orderId, body, errors, values } = shipmentFromForm(formData)
  if (!orderId) return { ok: false, message: "This order is not yours to ship." }
  if (errors) return { ok: false, errors, message: errors.form, values }
  try {
    await vendorFetch(`/vendors/me/orders/${orderId}/fulfillments`, { method: "POST", body })
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) return { ok: false, message: "Your vendor session has ended: sign in again.", values }
    if (status && status >= 400 && status < 500) return { ok: false, message: message.replace(/^Invalid request:\s*/, ""), values }
    console.error(`[vendor-orders] commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: "Something went wrong on our side. Please try again in a moment.", values }
  }
  const cc = /^[a-z]{2}$/.test(values.countryCode ?? "") ? values.countryCode : "ng"
  revalidatePath(`/${cc}/vendor/orders`, "layout")
  const copies = body!.items.reduce((n, i) => n + i.quantity, 0)
  return { ok: true, message: `Marked shipped: ${copies} ${copies === 1 ? "copy" : "copies"}. The reader can follow the parcel from their order page.` }
}

"use server"

import type { HttpTypes } from "@medusajs/types"
import { redirect, unstable_rethrow } from "next/navigation"
import { addShippingMethod, CHECKOUT_FIELDS, retrieveCartInRegion, updateCart } from "../data/cart"
import { stockOfLines } from "../data/checkout"
import { setCheckoutCountry } from "../data/cookies"
import { listAddresses, retrieveCustomer } from "../data/customer"
import { startPaystackPayment } from "../data/payment"
import { retrieveRegionForCountry } from "../data/regions"
import { listShippingOptions } from "../data/shipping"
import {
  checkoutEmailSchema,
  countryFromForm,
  firstOpenStep,
  isAddressOutsideRegion,
  isOutOfStock,
  STEP_TO_FINISH,
  stockShortfalls,
} from "../util/checkout"
import { toBackendError } from "../util/errors"
import { addressSchema, echoValues, parseForm, type FormState } from "./account-input"

const TRY_AGAIN = "Something went wrong on our side. Please try again in a moment."
const CART_GONE: FormState = { ok: false, message: "Your cart is empty or has expired. Please add your books again." }
const PAYMENT_NOT_STARTED =
  "We could not start your payment with Paystack just now. You have not been charged. Please try again in a moment."

/** The visitor's cart, in the region of the country checkout is shown for; null when there is nothing to buy. */
async function checkoutCart(countryCode: string): Promise<{ cart: HttpTypes.StoreCart; region: HttpTypes.StoreRegion } | null> {
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) return null
  const cart = await retrieveCartInRegion(region.id, CHECKOUT_FIELDS)
  return cart?.items?.length ? { cart, region } : null
}

/** A refusal as a form message, keeping what was typed; unexpected failures are logged, never shown raw. */
function failure(error: unknown, formData: FormData, message = TRY_AGAIN): FormState {
  unstable_rethrow(error)
  const { status, message: detail } = toBackendError("commerce", error)
  console.error(`[checkout] commerce answered ${status ?? "nothing"}: ${detail}`)
  return { ok: false, message, values: echoValues(formData) }
}

export async function saveCheckoutEmail(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const parsed = parseForm(checkoutEmailSchema, formData)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: echoValues(formData) }
  try {
    const found = await checkoutCart(countryCode)
    if (!found) return CART_GONE
    await updateCart(found.cart.id, { email: parsed.data.email })
  } catch (error) {
    return failure(error, formData)
  }
  redirect(`/${countryCode}/checkout`)
}

const ADDRESS_KEYS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"] as const

/** Medusa's address fields, without the empty optional ones. */
function addressPayload(address: Partial<Record<(typeof ADDRESS_KEYS)[number], unknown>>, keys: typeof ADDRESS_KEYS): Record<string, string> {
  return Object.fromEntries(keys.flatMap((key) => (typeof address[key] === "string" && address[key] ? [[key, address[key]]] : [])))
}

const OUTSIDE_REGION = "We cannot deliver there from this shop. Choose one of the countries listed, or switch country at the top of the page."

async function deliverTo(countryCode: string, address: Record<string, string | null | undefined>, formData: FormData): Promise<FormState | null> {
  try {
    const found = await checkoutCart(countryCode)
    if (!found) return CART_GONE
    const allowed = (found.region.countries ?? []).some((c) => c.iso_2 === address.country_code)
    if (!allowed) return { ok: false, errors: { country_code: OUTSIDE_REGION }, values: echoValues(formData) }
    await updateCart(found.cart.id, { shipping_address: addressPayload(address, ADDRESS_KEYS) })
    return null
  } catch (error) {
    if (isAddressOutsideRegion(error)) return { ok: false, errors: { country_code: OUTSIDE_REGION }, values: echoValues(formData) }
    return failure(error, formData)
  }
}

export async function saveShippingAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const parsed = parseForm(addressSchema, formData)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: echoValues(formData) }
  const refused = await deliverTo(countryCode, parsed.data, formData)
  if (refused) return refused
  redirect(`/${countryCode}/checkout`)
}

/** Delivers to one of the signed-in customer's saved addresses (read with their token, so only their own). */
export async function deliverToSavedAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const addressId = String(formData.get("addressId") ?? "")
  try {
    if (!(await retrieveCustomer())) return { ok: false, message: "Your session has ended. Please sign in again." }
    const saved = (await listAddresses()).find((address) => address.id === addressId)
    if (!saved) return { ok: false, message: "That address is no longer in your address book." }
    const refused = await deliverTo(countryCode, addressPayload(saved, ADDRESS_KEYS), formData)
    if (refused) return { ok: false, message: refused.errors?.country_code ?? refused.message }
  } catch (error) {
    return failure(error, formData)
  }
  redirect(`/${countryCode}/checkout`)
}

export async function chooseDelivery(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const optionId = String(formData.get("shipping_option") ?? "")
  if (!optionId) return { ok: false, errors: { shipping_option: "Choose how your books are delivered." } }
  try {
    const found = await checkoutCart(countryCode)
    if (!found) return CART_GONE
    const options = await listShippingOptions(found.cart.id)
    if (!options.some((option) => option.id === optionId)) {
      return { ok: false, errors: { shipping_option: "That delivery option is not available for this address. Choose another." } }
    }
    await addShippingMethod(found.cart.id, optionId)
  } catch (error) {
    return failure(error, formData)
  }
  redirect(`/${countryCode}/checkout`)
}

/**
 * "Pay with Paystack": checks the cart can be paid for, starts a Paystack
 * transaction for its total and sends the browser to Paystack's page.
 * Paystack brings the shopper back to /checkout/paystack.
 */
export async function payWithPaystack(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  let paystackUrl: string
  try {
    const found = await checkoutCart(countryCode)
    if (!found) return CART_GONE
    const open = firstOpenStep(found.cart)
    if (open !== "review") return { ok: false, message: STEP_TO_FINISH[open] }
    const short = stockShortfalls(found.cart.items ?? [], await stockOfLines(found.cart.items ?? []))
    if (short.length) return { ok: false, message: `${short.join(" ")} Change the quantity in your cart, then pay.` }
    paystackUrl = (await startPaystackPayment(found.cart.id)).authorization_url
    await setCheckoutCountry(countryCode)
  } catch (error) {
    if (isOutOfStock(error)) return { ok: false, message: "A book in your cart has just sold out. Please review your cart." }
    return failure(error, formData, PAYMENT_NOT_STARTED)
  }
  redirect(paystackUrl)
}

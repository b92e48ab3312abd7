"use server"

import type { HttpTypes } from "@medusajs/types"
import { redirect, unstable_rethrow } from "next/navigation"
import { addShippingMethod, CHECKOUT_FIELDS, retrieveCartInRegion, updateCart } from "../data/cart"
import { stockOfLines } from "../data/checkout"
import { setCheckoutCountry } from "../data/cookies"
import { listAddresses, retrieveCustomer } from "../data/customer"
import { listPaymentProviderIds, paystackBreaker, startPayment } from "../data/payment"
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
import { isPaymentOutage, isProviderKey, offeredProviders, PROVIDER_KEYS, PROVIDER_NAMES, type ProviderKey } from "../util/payment-providers"
import { addressSchema, echoValues, parseForm, type FormState } from "./account-input"

const TRY_AGAIN = "Something went wrong on our side. Please try again in a moment."
const CART_GONE: FormState = { ok: false, message: "Your cart is empty or has expired. Please add your books again." }
const notStarted = (key: ProviderKey) =>
  `We could not start your payment with ${PROVIDER_NAMES[key]} just now. You have not been charged. Please try again in a moment.`
const notStartedTryOther = (key: ProviderKey, other: ProviderKey) =>
  `We could not start your payment with ${PROVIDER_NAMES[key]} just now. You have not been charged. You can pay with ${PROVIDER_NAMES[other]} instead, for the same order.`

/** The pay form's state: `failover` names the provider offered in one click after another would not start. */
export type PayState = (NonNullable<FormState> & { failover?: ProviderKey }) | null

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
 * "Pay": checks the cart can be paid for, starts a payment for its total
 * with the chosen provider (Paystack or Flutterwave, of those the region
 * offers) and sends the browser to that provider's page, which brings the
 * shopper back to /checkout/paystack or /checkout/flutterwave. When the
 * provider cannot start the payment (commerce answers 5xx, or nothing), the
 * shopper is offered the other one; Paystack's failures feed its circuit
 * breaker. Starting a payment replaces the cart's earlier session, whichever
 * provider it was with (see startPayment), so there is never more than one.
 */
export async function pay(_prev: PayState, formData: FormData): Promise<PayState> {
  const countryCode = countryFromForm(formData)
  const asked = formData.get("failover") ?? formData.get("provider") ?? "paystack"
  if (!isProviderKey(asked)) return { ok: false, message: "Choose how you want to pay." }
  let offered: ProviderKey[] = []
  let redirectUrl: string
  try {
    const found = await checkoutCart(countryCode)
    if (!found) return CART_GONE
    const open = firstOpenStep(found.cart)
    if (open !== "review") return { ok: false, message: STEP_TO_FINISH[open] }
    offered = offeredProviders(await listPaymentProviderIds(found.region.id), paystackBreaker.isOpen())
    if (!offered.includes(asked)) {
      const other = offered[0]
      return { ok: false, message: `${PROVIDER_NAMES[asked]} is not available just now. ${other ? `You can pay with ${PROVIDER_NAMES[other]}.` : TRY_AGAIN}`, failover: other }
    }
    const short = stockShortfalls(found.cart.items ?? [], await stockOfLines(found.cart.items ?? []))
    if (short.length) return { ok: false, message: `${short.join(" ")} Change the quantity in your cart, then pay.` }
    redirectUrl = (await startPayment(found.cart.id, PROVIDER_KEYS[asked])).redirectUrl
    if (asked === "paystack") paystackBreaker.recordSuccess()
    await setCheckoutCountry(countryCode)
  } catch (error) {
    unstable_rethrow(error)
    if (isOutOfStock(error)) return { ok: false, message: "A book in your cart has just sold out. Please review your cart." }
    const outage = isPaymentOutage(error)
    if (outage && asked === "paystack") paystackBreaker.recordFailure()
    const other = outage ? offered.find((key) => key !== asked) : undefined
    if (!other) return failure(error, formData, notStarted(asked))
    const { status, message } = toBackendError("commerce", error)
    console.error(`[checkout] ${PROVIDER_NAMES[asked]} did not start (${status ?? "no answer"}: ${message}); offering ${PROVIDER_NAMES[other]}`)
    return { ok: false, message: notStartedTryOther(asked, other), failover: other }
  }
  redirect(redirectUrl)
}

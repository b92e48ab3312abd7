import type { HttpTypes } from "@medusajs/types"
import { z } from "zod"
import type { VariantStock } from "../data/cart"
import { countryName } from "./countries"
import { toBackendError } from "./errors"
import { forgotPasswordSchema } from "../actions/account-input"

export const checkoutEmailSchema = z.object({ email: forgotPasswordSchema.shape.email })

export type CheckoutStep = "email" | "address" | "delivery" | "review"

type CheckoutCart = Pick<HttpTypes.StoreCart, "email" | "items" | "shipping_address" | "shipping_methods">

/** Whether any line is a print copy: an ebook-only cart has no address or delivery steps. */
export function needsShipping(cart: Pick<HttpTypes.StoreCart, "items">): boolean {
  return (cart.items ?? []).some((item) => item.requires_shipping !== false)
}

/** The steps this cart goes through, in order. */
export function checkoutSteps(cart: Pick<HttpTypes.StoreCart, "items">): CheckoutStep[] {
  return needsShipping(cart) ? ["email", "address", "delivery", "review"] : ["email", "review"]
}

/** The first step still to do; "review" when the cart can be paid for. */
export function firstOpenStep(cart: CheckoutCart): CheckoutStep {
  if (!cart.email) return "email"
  if (!needsShipping(cart)) return "review"
  if (!cart.shipping_address?.address_1 || !cart.shipping_address.country_code) return "address"
  if (!cart.shipping_methods?.length) return "delivery"
  return "review"
}

/**
 * The step to show: the one asked for (`?step=`) when it is already done
 * and the shopper wants to change it, otherwise the first one still to do.
 * Nobody skips ahead of an unfinished step.
 */
export function currentStep(cart: CheckoutCart, requested?: string | null): CheckoutStep {
  const steps = checkoutSteps(cart)
  const open = firstOpenStep(cart)
  const asked = steps.indexOf(requested as CheckoutStep)
  return asked !== -1 && asked < steps.indexOf(open) ? steps[asked] : open
}

/** Why "Pay" cannot go ahead yet, by the step still to do. */
export const STEP_TO_FINISH: Record<Exclude<CheckoutStep, "review">, string> = {
  email: "Add your email address before paying.",
  address: "Add the delivery address before paying.",
  delivery: "Choose a delivery option before paying.",
}

/** What the shopper reads on returning from Paystack or Flutterwave without an order (`?payment=`). */
export const PAYMENT_NOTICES = {
  declined: "Your payment was declined — you have not been charged. Try again.",
  unpaid: "Your payment was not completed — you have not been charged. Try again.",
  cancelled: "You cancelled the payment — you have not been charged. Choose how to pay and try again.",
  stock:
    "A book in your cart sold out while you were paying, so we could not place your order. If you were charged, the payment has been refunded in full (it reaches your card or account within a few days). Please review your cart.",
  failed:
    "We could not confirm your payment just now. If you were charged, your order will still be placed and emailed to you; otherwise, please try again.",
  missing:
    "We could not find your checkout in this browser. If you paid, your order confirmation is on its way by email.",
  promotion:
    "Your discount code expired or was used up while you were paying, so we could not place your order. If you were charged, the payment has been refunded in full. The code has been taken off: check the new total and pay again.",
} as const

export type PaymentOutcome = keyof typeof PAYMENT_NOTICES

export function paymentNotice(value: unknown): string | null {
  return typeof value === "string" && Object.hasOwn(PAYMENT_NOTICES, value) ? PAYMENT_NOTICES[value as PaymentOutcome] : null
}

/**
 * Lines that ask for more copies than are left, as sentences. Stock can run
 * out between filling the cart and paying; Medusa would refuse the order
 * after the shopper had paid, so this is checked before sending them to Paystack.
 */
export function stockShortfalls(
  items: Pick<HttpTypes.StoreCartLineItem, "variant_id" | "quantity" | "product_title" | "title" | "variant_title">[],
  stock: Map<string, VariantStock | null>
): string[] {
  const wanted = new Map<string, number>()
  for (const item of items) if (item.variant_id) wanted.set(item.variant_id, (wanted.get(item.variant_id) ?? 0) + item.quantity)
  return [...wanted].flatMap(([variantId, quantity]) => {
    const available = stock.get(variantId)?.available ?? null
    if (available === null || available >= quantity) return []
    const item = items.find((i) => i.variant_id === variantId)!
    const name = `${item.product_title ?? item.title}${item.variant_title ? ` (${item.variant_title})` : ""}`
    return [available <= 0 ? `${name} is out of stock.` : `Only ${available} left of ${name}; your cart has ${quantity}.`]
  })
}

/** Medusa's refusal of an address outside the cart's region. */
export function isAddressOutsideRegion(error: unknown): boolean {
  const { status, message } = toBackendError("commerce", error)
  return status === 400 && /not within region|country .* not/i.test(message)
}

/** Medusa's refusal to complete or pay for a cart whose stock has run out. */
export function isOutOfStock(error: unknown): boolean {
  const { status, message } = toBackendError("commerce", error)
  return status === 400 && /stock|required inventory/i.test(message)
}

/** The country a form was posted from; the default shop country when it is missing or malformed. */
export function countryFromForm(formData: FormData, fallback = "ng"): string {
  const code = String(formData.get("countryCode") ?? "").toLowerCase()
  return /^[a-z]{2}$/.test(code) ? code : fallback
}

type AddressLike = { [K in "first_name" | "last_name" | "address_1" | "address_2" | "city" | "province" | "postal_code" | "country_code"]?: string | null }

/** An address as the lines of a label: name, street, town, and the country by name ("Nigeria", not "NG"). */
export function addressLines(a: AddressLike): string[] {
  return [
    [a.first_name, a.last_name].filter(Boolean).join(" "),
    [a.address_1, a.address_2].filter(Boolean).join(", "),
    [a.city, a.province, a.postal_code].filter(Boolean).join(", "),
    countryName(a.country_code),
  ].filter(Boolean)
}

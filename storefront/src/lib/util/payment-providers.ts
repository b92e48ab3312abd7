import { toBackendError } from "./errors"

/** commerce's provider modules `paystack` and `flutterwave` (commerce/medusa-config.ts). */
export const PAYSTACK_PROVIDER_ID = "pp_paystack_paystack"
export const FLUTTERWAVE_PROVIDER_ID = "pp_flutterwave_flutterwave"
export type PaymentProviderId = typeof PAYSTACK_PROVIDER_ID | typeof FLUTTERWAVE_PROVIDER_ID

/** The shopper's word for each provider, as the pay form posts it. */
export const PROVIDER_KEYS = { paystack: PAYSTACK_PROVIDER_ID, flutterwave: FLUTTERWAVE_PROVIDER_ID } as const
export type ProviderKey = keyof typeof PROVIDER_KEYS
export const PROVIDER_NAMES: Record<ProviderKey, string> = { paystack: "Paystack", flutterwave: "Flutterwave" }

export const isProviderKey = (value: unknown): value is ProviderKey => typeof value === "string" && Object.hasOwn(PROVIDER_KEYS, value)

/**
 * The providers to offer, Paystack first, of those the region has. While
 * Paystack's circuit is open it is left out, unless it is the only one.
 */
export function offeredProviders(regionProviderIds: readonly string[], paystackOpen: boolean): ProviderKey[] {
  const inRegion = (["paystack", "flutterwave"] as const).filter((key) => regionProviderIds.includes(PROVIDER_KEYS[key]))
  const withoutPaystack = inRegion.filter((key) => key !== "paystack")
  return paystackOpen && withoutPaystack.length ? withoutPaystack : inRegion
}

/**
 * Whether starting a payment failed because the provider (or the way to it)
 * is down: commerce answered 5xx (its provider's "not answering just now"),
 * or never answered (timeout, network). A 4xx is the cart's own problem.
 */
export function isPaymentOutage(error: unknown): boolean {
  const { status } = toBackendError("commerce", error)
  return status === null || status >= 500
}

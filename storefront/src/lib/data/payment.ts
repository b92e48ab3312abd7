import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { createCircuitBreaker } from "../util/circuit-breaker"
import { HttpError } from "../util/errors"
import { FLUTTERWAVE_PROVIDER_ID, PAYSTACK_PROVIDER_ID, type PaymentProviderId } from "../util/payment-providers"
import { authHeaders } from "./cookies"

export { FLUTTERWAVE_PROVIDER_ID, PAYSTACK_PROVIDER_ID }

/** What commerce's Paystack provider keeps in a payment session's `data`. */
export type PaystackSessionData = { reference: string; authorization_url: string; amount: number; currency: string }
/** What commerce's Flutterwave provider keeps in a payment session's `data` (amount in major units). */
export type FlutterwaveSessionData = { tx_ref: string; link: string; amount: number; currency: string }

/**
 * Paystack's start failures in this server process: after 3 in a row Paystack
 * is not offered for 5 minutes (when Flutterwave can take the payment), then
 * it is tried again.
 */
export const paystackBreaker = createCircuitBreaker({ threshold: 3, coolOffMs: 5 * 60_000 })

const privateFetch = async () => ({
  headers: await authHeaders(),
  cache: "no-store" as const,
  signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
})

/**
 * The payment providers commerce offers in a region. Medusa lists every
 * provider linked to the region, also one whose module is no longer
 * configured (disabled): those are left out.
 */
export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await storeFetch<HttpTypes.StorePaymentProviderListResponse>("/store/payment-providers", {
    query: { region_id: regionId, fields: "id,is_enabled", limit: 20 },
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  })
  return payment_providers.flatMap((p) => (p && (p as { is_enabled?: boolean }).is_enabled !== false ? [p.id] : []))
}

/**
 * Starts a payment with `providerId` for the cart's current total: the cart's
 * payment collection (made on first use, re-priced by Medusa whenever the
 * cart changes) gets a fresh session. Medusa keeps one payment collection per
 * cart and its createPaymentSessionsWorkflow deletes every earlier session of
 * the collection (through the provider's deletePayment) as it creates this one,
 * so a declined, abandoned or other provider's payment never lingers beside
 * it. Answers where to send the shopper.
 */
export async function startPayment(cartId: string, providerId: PaymentProviderId): Promise<{ redirectUrl: string }> {
  const { payment_collection: collection } = await storeFetch<HttpTypes.StorePaymentCollectionResponse>(
    "/store/payment-collections",
    { method: "POST", body: { cart_id: cartId }, query: { fields: "id" }, ...(await privateFetch()) }
  )
  const { payment_collection } = await storeFetch<HttpTypes.StorePaymentCollectionResponse>(
    `/store/payment-collections/${encodeURIComponent(collection.id)}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId }, ...(await privateFetch()) }
  )
  const session = payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
  const url = providerId === PAYSTACK_PROVIDER_ID ? paystackData(session)?.authorization_url : flutterwaveData(session)?.link
  if (!url) throw new HttpError(502, `commerce started no ${providerId} payment`)
  return { redirectUrl: url }
}

const isWebUrl = (value: unknown): value is string => typeof value === "string" && /^https?:\/\//.test(value)

/** The Paystack fields of a session, or null for a session that has none. */
export function paystackData(session: Pick<HttpTypes.StorePaymentSession, "data"> | undefined): PaystackSessionData | null {
  const data = (session?.data ?? {}) as Partial<PaystackSessionData>
  if (typeof data.reference !== "string" || !isWebUrl(data.authorization_url)) return null
  return data as PaystackSessionData
}

/** The Flutterwave fields of a session, or null for a session that has none. */
export function flutterwaveData(session: Pick<HttpTypes.StorePaymentSession, "data"> | undefined): FlutterwaveSessionData | null {
  const data = (session?.data ?? {}) as Partial<FlutterwaveSessionData>
  if (typeof data.tx_ref !== "string" || !isWebUrl(data.link)) return null
  return data as FlutterwaveSessionData
}

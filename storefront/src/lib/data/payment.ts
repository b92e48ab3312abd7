import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { HttpError } from "../util/errors"
import { authHeaders } from "./cookies"

/** Regions pay with Paystack only: commerce registers its provider module `paystack` under the id `paystack`. */
export const PAYSTACK_PROVIDER_ID = "pp_paystack_paystack"

/** What commerce's Paystack provider keeps in a payment session's `data`. */
export type PaystackSessionData = { reference: string; authorization_url: string; amount: number; currency: string }

const privateFetch = async () => ({
  headers: await authHeaders(),
  cache: "no-store" as const,
  signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
})

/**
 * Starts a Paystack transaction for the cart's current total: the cart's
 * payment collection (made on first use, re-priced by Medusa whenever the
 * cart changes) gets a fresh Paystack session, replacing any earlier one,
 * so a declined or abandoned payment never blocks the next attempt.
 */
export async function startPaystackPayment(cartId: string): Promise<PaystackSessionData> {
  const { payment_collection: collection } = await storeFetch<HttpTypes.StorePaymentCollectionResponse>(
    "/store/payment-collections",
    { method: "POST", body: { cart_id: cartId }, query: { fields: "id" }, ...(await privateFetch()) }
  )
  const { payment_collection } = await storeFetch<HttpTypes.StorePaymentCollectionResponse>(
    `/store/payment-collections/${encodeURIComponent(collection.id)}/payment-sessions`,
    { method: "POST", body: { provider_id: PAYSTACK_PROVIDER_ID }, ...(await privateFetch()) }
  )
  const session = payment_collection.payment_sessions?.find((s) => s.provider_id === PAYSTACK_PROVIDER_ID)
  const data = paystackData(session)
  if (!data) throw new HttpError(502, "commerce started no Paystack transaction")
  return data
}

/** The Paystack fields of a session, or null for a session that has none. */
export function paystackData(session: Pick<HttpTypes.StorePaymentSession, "data"> | undefined): PaystackSessionData | null {
  const data = (session?.data ?? {}) as Partial<PaystackSessionData>
  if (typeof data.reference !== "string" || typeof data.authorization_url !== "string") return null
  if (!/^https?:\/\//.test(data.authorization_url)) return null
  return data as PaystackSessionData
}

import "server-only"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { authHeaders } from "./cookies"

const options = () => ({ cache: "no-store" as const, signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS) })

/** Whether the signed-in shopper turned marketing email (cart reminders, course nudges) off. */
export async function retrieveMarketingPreference(): Promise<{ opt_out: boolean }> {
  const { marketing } = await storeFetch<{ marketing: { opt_out: boolean } }>("/store/customers/me/marketing", {
    headers: await authHeaders(),
    ...options(),
  })
  return marketing
}

export async function updateMarketingPreference(optOut: boolean): Promise<{ opt_out: boolean }> {
  const { marketing } = await storeFetch<{ marketing: { opt_out: boolean } }>("/store/customers/me/marketing", {
    method: "POST",
    headers: await authHeaders(),
    body: { opt_out: optOut },
    ...options(),
  })
  return marketing
}

/**
 * The cart an abandoned-cart reminder's link was signed for. Commerce checks
 * the signature: 403 forged, 410 expired or the cart is already an order.
 */
export async function recoverCart(token: string): Promise<{ id: string; sign_in_required: boolean }> {
  const { cart } = await storeFetch<{ cart: { id: string; sign_in_required: boolean } }>("/store/cart-recovery", {
    method: "POST",
    body: { token },
    ...options(),
  })
  return cart
}

/** Opts the address a marketing email's unsubscribe link was signed for out of marketing email. */
export async function unsubscribeByToken(token: string): Promise<{ email: string }> {
  return storeFetch<{ email: string }>("/store/marketing/unsubscribe", { method: "POST", body: { token }, ...options() })
}

import "server-only"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { authHeaders } from "./cookies"

/**
 * "Email me when it's back" for a sold-out print format. Signed in, the
 * account's address is used when `email` is left out. 201 added, 200 that
 * address already waits; 409 it can be bought now.
 */
export async function requestRestock(input: { variantId: string; email?: string; countryCode: string }): Promise<{ email: string }> {
  const { restock_request } = await storeFetch<{ restock_request: { email: string } }>("/store/restock-requests", {
    method: "POST",
    headers: await authHeaders(),
    body: { variant_id: input.variantId, country_code: input.countryCode, ...(input.email ? { email: input.email } : {}) },
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  })
  return restock_request
}

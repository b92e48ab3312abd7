import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { headers } from "next/headers"
import { redirect } from "next/navigation"
import { cache } from "react"
import { privateFetchOptions } from "../cache"
import { storeFetch } from "../config"
import { env } from "../env"
import { HttpError, toBackendError } from "../util/errors"
import { clientAddress, trustedProxies } from "../util/rate-limit"
import { authHeaders } from "./cookies"
import { listRegions } from "./regions"

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone"
const ADDRESS_FIELDS =
  "id,first_name,last_name,company,address_1,address_2,city,province,postal_code,country_code,phone,is_default_shipping"

const privateFetch = privateFetchOptions

/** A refusal from Medusa's auth routes; `retryAfterSeconds` is set when the shopper was rate limited. */
export class AuthRefusal extends HttpError {
  constructor(
    status: number,
    message: string,
    readonly retryAfterSeconds: number | null = null
  ) {
    super(status, message)
    this.name = "AuthRefusal"
  }
}

const isTrustedProxy = trustedProxies(env.TRUSTED_PROXIES)

/**
 * The shopper's address (read as lib/util/rate-limit.ts explains, never as the
 * client wrote it), passed on so commerce can rate-limit per shopper rather
 * than treating the storefront as one client; commerce believes it when its
 * TRUSTED_PROXIES names this server.
 */
export async function forwardedFor(): Promise<Record<string, string>> {
  const client = clientAddress(await headers(), isTrustedProxy)
  return client === "unknown" ? {} : { "x-forwarded-for": client }
}

/**
 * A POST to commerce's sign-in routes (and the routes signing in leads to),
 * refused as an AuthRefusal. Plain fetch rather than the sdk: a 429's
 * `Retry-After` header is needed, and the sdk drops headers.
 */
export async function postForAuth<T>(path: string, body: Record<string, string>, token?: string): Promise<T> {
  const res = await fetch(`${env.MEDUSA_BACKEND_URL}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(await forwardedFor()),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    ...privateFetch(),
  })
  return authAnswer<T>(res)
}

/** A call to `/auth/customer/emailpass...`. */
const authPost = <T>(path: string, body: Record<string, string>, token?: string) => postForAuth<T>(`/auth/customer/emailpass${path}`, body, token)

export async function authAnswer<T>(res: Response): Promise<T> {
  const json = (await res.json().catch(() => ({}))) as { message?: unknown }
  if (!res.ok) {
    const retryAfter = Number(res.headers.get("retry-after"))
    const message = typeof json.message === "string" ? json.message : res.statusText
    throw new AuthRefusal(res.status, message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null)
  }
  return json as T
}

/** Signs a customer in; the answer is their Medusa JWT. */
export async function login(email: string, password: string): Promise<string> {
  const { token } = await authPost<{ token: string }>("", { email, password })
  return token
}

/** Creates the login identity; the token it returns may only create the customer. */
export async function registerIdentity(email: string, password: string): Promise<string> {
  const { token } = await authPost<{ token: string }>("/register", { email, password })
  return token
}

/**
 * A session token for an identity whose customer record now exists, from the
 * registration token: commerce re-issues it with the customer's id. Cheaper
 * than signing in again, which would hash the password a second time
 * (scrypt, about as long as the registration itself).
 */
export async function refreshSessionToken(token: string): Promise<string> {
  const res = await fetch(`${env.MEDUSA_BACKEND_URL}/auth/token/refresh`, {
    method: "POST",
    headers: { accept: "application/json", authorization: `Bearer ${token}` },
    ...privateFetch(),
  })
  const json = (await res.json().catch(() => ({}))) as { token?: unknown; message?: unknown }
  if (!res.ok || typeof json.token !== "string") {
    throw new AuthRefusal(res.ok ? 502 : res.status, typeof json.message === "string" ? json.message : "no session token")
  }
  return json.token
}

/** Makes the customer record for a freshly registered identity. */
export async function createCustomer(
  registrationToken: string,
  data: { email: string; first_name: string; last_name: string }
): Promise<HttpTypes.StoreCustomer> {
  const { customer } = await storeFetch<HttpTypes.StoreCustomerResponse>("/store/customers", {
    method: "POST",
    body: data,
    query: { fields: CUSTOMER_FIELDS },
    headers: { authorization: `Bearer ${registrationToken}` },
    ...privateFetch(),
  })
  return customer
}

/** Asks commerce to send a reset link; it answers the same whether the account exists or not. */
export async function requestPasswordReset(email: string): Promise<void> {
  await authPost("/reset-password", { identifier: email })
}

/** Sets a new password with the token from the reset link. */
export async function resetPassword(token: string, email: string, password: string): Promise<void> {
  await authPost("/update", { email, password }, token)
}

async function withCustomer<T>(path: string, init: Parameters<typeof storeFetch>[1] = {}, token?: string): Promise<T> {
  return storeFetch<T>(path, {
    ...init,
    headers: token ? { authorization: `Bearer ${token}` } : await authHeaders(),
    ...privateFetch(),
  })
}

/** The signed-in customer, or null when there is no valid session. */
export async function retrieveCustomer(token?: string): Promise<HttpTypes.StoreCustomer | null> {
  if (!token && !("authorization" in (await authHeaders()))) return null
  try {
    const { customer } = await withCustomer<HttpTypes.StoreCustomerResponse>(
      "/store/customers/me",
      { query: { fields: CUSTOMER_FIELDS } },
      token
    )
    return customer
  } catch (error) {
    const { status } = toBackendError("commerce", error)
    if (status === 401 || status === 404) return null
    throw error
  }
}

/** The signed-in customer for this request, asked for once however many components need it. */
export const retrieveCurrentCustomer = cache(() => retrieveCustomer())

/** The signed-in customer; without a valid session, a redirect to the sign-in form. */
export async function requireCustomer(countryCode: string, returnTo?: string): Promise<HttpTypes.StoreCustomer> {
  const customer = await retrieveCurrentCustomer()
  if (!customer) {
    const next = returnTo ? `?${new URLSearchParams({ next: returnTo })}` : ""
    redirect(`/${countryCode}/account/login${next}`)
  }
  return customer
}

export async function updateCustomer(data: {
  first_name: string
  last_name: string
  phone: string | null
}): Promise<HttpTypes.StoreCustomer> {
  const { customer } = await withCustomer<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
    method: "POST",
    body: data,
    query: { fields: CUSTOMER_FIELDS },
  })
  return customer
}

export type AddressInput = {
  first_name: string
  last_name: string
  company: string | null
  address_1: string
  address_2: string | null
  city: string
  province: string | null
  postal_code: string | null
  country_code: string
  phone: string | null
}

export async function listAddresses(): Promise<HttpTypes.StoreCustomerAddress[]> {
  const { addresses } = await withCustomer<HttpTypes.StoreCustomerAddressListResponse>("/store/customers/me/addresses", {
    query: { fields: ADDRESS_FIELDS, limit: 50, order: "created_at" },
  })
  return addresses
}

export async function addAddress(address: AddressInput): Promise<void> {
  await withCustomer("/store/customers/me/addresses", { method: "POST", body: address, query: { fields: "id" } })
}

export async function updateAddress(addressId: string, address: AddressInput): Promise<void> {
  await withCustomer(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, {
    method: "POST",
    body: address,
    query: { fields: "id" },
  })
}

export async function deleteAddress(addressId: string): Promise<void> {
  await withCustomer(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, { method: "DELETE" })
}

/** The customer's most recently updated open cart (commerce's `/store/customers/me/cart`). */
export type CustomerCartSummary = { id: string; region_id: string; updated_at: string; item_count: number }

export async function retrieveCustomerCart(token: string): Promise<CustomerCartSummary | null> {
  const { cart } = await withCustomer<{ cart: CustomerCartSummary | null }>("/store/customers/me/cart", {}, token)
  return cart
}

/** Countries an address can be in: every country some region sells to, by name. */
export async function listAddressCountries(): Promise<{ code: string; name: string }[]> {
  const regions = await listRegions()
  const countries = regions.flatMap((region) =>
    (region.countries ?? []).flatMap((c) => (c.iso_2 ? [{ code: c.iso_2, name: c.display_name ?? c.iso_2.toUpperCase() }] : []))
  )
  return countries.sort((a, b) => a.name.localeCompare(b.name))
}

import "server-only"
import { cache } from "react"
import { privateFetchOptions } from "../cache"
import { env } from "../env"
import { HttpError } from "../util/errors"
import { getVendorToken } from "./cookies"
import { postForAuth } from "./customer"

export type VendorProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  description: string | null
  type: "book" | "course"
  status: string
  approval: { status: "pending" | "approved" | "rejected"; reason: string | null }
  pending_price_change: { proposed: { prices: Record<string, Record<string, number>> } } | null
  rejected_price_change: { reason: string | null } | null
  variants: { id: string; title: string; sku: string | null; prices: Record<string, number>; stock: number | null }[]
}
export type VendorMe = { vendor: { id: string; name: string; status: string; status_reason: string | null }; member: { email: string; role: string } }

/** A call to commerce's /vendors/me routes with the vendor's token; a refusal is an HttpError with commerce's message. */
export async function vendorFetch<T>(path: string, init: { method?: string; body?: unknown } = {}, token?: string): Promise<T> {
  const auth = token ?? (await getVendorToken())
  if (!auth) throw new HttpError(401, "Sign in as a vendor")
  const res = await fetch(`${env.MEDUSA_BACKEND_URL}${path}`, {
    method: init.method ?? "GET",
    headers: { accept: "application/json", authorization: `Bearer ${auth}`, ...(init.body ? { "content-type": "application/json" } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
    ...privateFetchOptions(),
  })
  const json = (await res.json().catch(() => ({}))) as { message?: unknown }
  if (!res.ok) throw new HttpError(res.status, typeof json.message === "string" ? json.message : res.statusText)
  return json as T
}

/** Signs a vendor member in; the answer is their vendor JWT. */
export async function vendorLogin(email: string, password: string): Promise<string> {
  return (await postForAuth<{ token: string }>("/auth/vendor/emailpass", { email, password })).token
}

/** The signed-in member and their vendor, or null when no vendor is signed in here (or the token is no longer good). */
export const retrieveVendorMe = cache(async (): Promise<VendorMe | null> => {
  if (!(await getVendorToken())) return null
  try {
    return await vendorFetch<VendorMe>("/vendors/me")
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return null
    throw error
  }
})

export async function listVendorProducts(): Promise<{ products: VendorProduct[]; currencies: string[] }> {
  return vendorFetch("/vendors/me/products")
}

/** One of the vendor's own products, or null (commerce answers 404 for any that is not theirs). */
export async function retrieveVendorProduct(id: string): Promise<VendorProduct | null> {
  try {
    return (await vendorFetch<{ product: VendorProduct }>(`/vendors/me/products/${encodeURIComponent(id)}`)).product
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return null
    throw error
  }
}

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

export type LedgerEntryType = "sale" | "commission" | "fee" | "refund_clawback" | "adjustment"
export type VendorLedgerEntry = {
  id: string
  type: LedgerEntryType
  /** Subunits (kobo), signed. */
  amount: number
  currency_code: string
  created_at: string
  order_display_id: number | null
  line_title: string | null
  note: string | null
}
export type VendorStatement = {
  from: string
  to: string
  balances: Record<string, { opening: number; closing: number }>
  entries: VendorLedgerEntry[]
}
export type VendorPayout = {
  id: string
  period_from: string
  period_to: string
  currency_code: string
  amount: number
  status: "settled" | "owed_by_vendor"
  reference: string | null
  created_at: string
}

/** The vendor's statement for a period (local dates, both included; commerce's default: the last 30 days) and its balance today per currency. */
export async function retrieveVendorStatement(period: { from?: string; to?: string }): Promise<{ statement: VendorStatement; balance: Record<string, number> }> {
  const query = new URLSearchParams(Object.entries(period).filter((e): e is [string, string] => !!e[1]))
  return vendorFetch(`/vendors/me/ledger${query.size ? `?${query}` : ""}`)
}

export async function listVendorPayouts(): Promise<VendorPayout[]> {
  return (await vendorFetch<{ payouts: VendorPayout[] }>("/vendors/me/payouts")).payouts
}

import "server-only"
import { privateFetchOptions } from "../cache"
import { storeFetch } from "../config"
import { toBackendError } from "../util/errors"
import { authHeaders } from "./cookies"
import { vendorFetch } from "./vendor-portal"

export type DisputeStatus = "open" | "vendor_answered" | "refunded" | "partially_refunded" | "closed"
export type DisputeReason = "not_received" | "damaged" | "not_as_described" | "chargeback"

/** A dispute as the buyer or the vendor reads it (commerce leaves out who at the other party wrote each entry). */
export type Dispute = {
  id: string
  order_id: string
  order_display_id: number | null
  line_item_id: string | null
  line_title: string | null
  reason: DisputeReason
  description: string
  status: DisputeStatus
  currency_code: string
  refunded_amount: number
  source: "buyer" | "paystack_chargeback"
  created_at: string
  events: { id: string; type: "opened" | "vendor_answered" | "staff_decided" | "note"; actor_type: string; message: string | null; amount: number | null; created_at: string }[]
}

/** The signed-in owner's disputes on an order, and until when they may report a problem; null when commerce does not know the order as theirs. */
export async function listOrderDisputes(orderId: string): Promise<{ disputes: Dispute[]; open_until: string } | null> {
  try {
    return await storeFetch<{ disputes: Dispute[]; open_until: string }>(`/store/orders/${encodeURIComponent(orderId)}/disputes`, {
      headers: await authHeaders(),
      ...privateFetchOptions(),
    })
  } catch (error) {
    if (toBackendError("commerce", error).status === 404) return null
    throw error
  }
}

/** Reports a problem with a line of the signed-in owner's order; commerce checks the order, the line and the window. */
export async function openOrderDispute(orderId: string, body: { line_item_id: string; reason: string; description: string }) {
  return storeFetch<{ dispute: Dispute; created: boolean }>(`/store/orders/${encodeURIComponent(orderId)}/disputes`, {
    method: "POST",
    body,
    headers: await authHeaders(),
    ...privateFetchOptions(),
  })
}

/** Disputes on the signed-in vendor's lines, undecided first. */
export async function listVendorDisputes(): Promise<Dispute[]> {
  return (await vendorFetch<{ disputes: Dispute[] }>("/vendors/me/disputes")).disputes
}

import "server-only"
import { BACKEND_TIMEOUT_MS } from "../cache"
import { storeFetch } from "../config"
import { forwardedFor } from "./customer"

export type SettlementBank = { name: string; code: string }

export type VendorApplicationInput = {
  name: string
  bio: string
  contact_email: string
  contact_phone?: string
  settlement_bank_code: string
  settlement_account_number: string
}

/** The banks a vendor may be paid into (Paystack's list, through commerce); empty when commerce cannot read it now. */
export async function listSettlementBanks(): Promise<SettlementBank[]> {
  try {
    const { banks } = await storeFetch<{ banks: SettlementBank[] }>("/store/vendor-applications/banks", {
      next: { revalidate: 3600 },
      signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
    })
    return banks
  } catch {
    return []
  }
}

/** Applies to sell in the shop (no account needed). Counted per shopper by commerce, so their address is passed on. */
export async function applyToSell(input: VendorApplicationInput): Promise<{ contact_email: string; name: string }> {
  const { vendor_application } = await storeFetch<{ vendor_application: { contact_email: string; name: string } }>("/store/vendor-applications", {
    method: "POST",
    headers: await forwardedFor(),
    body: input,
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  })
  return vendor_application
}

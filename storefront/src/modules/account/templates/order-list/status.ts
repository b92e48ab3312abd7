import { formatDate } from "@/lib/util/dates"

/** Medusa's status codes as words: `not_fulfilled` → "Not fulfilled". */
export function statusLabel(status: string | null | undefined): string {
  if (!status) return "Unknown"
  const words = status.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** "6 Dec 2026", as every date in the shop. */
export const orderDate = (iso: string | Date | null | undefined) => formatDate(iso)

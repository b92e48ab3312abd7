/** Medusa's status codes as words: `not_fulfilled` → "Not fulfilled". */
export function statusLabel(status: string | null | undefined): string {
  if (!status) return "Unknown"
  const words = status.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export const orderDate = (iso: string | Date | null | undefined) =>
  iso ? new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" }).format(new Date(iso)) : ""

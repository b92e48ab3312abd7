import { z } from "zod"

/** The copies-to-ship field of a line in the "Mark shipped" form. */
export const shipQuantityField = (lineId: string) => `ship_${lineId}`

const copies = z
  .string()
  .trim()
  .transform((s) => (s === "" ? 0 : Number(s)))
  .refine((n) => Number.isInteger(n) && n >= 0 && n <= 10_000, "Enter a whole number of copies, 0 or more.")
const text = (label: string) => z.string().trim().max(100, `${label} is too long (100 characters at most).`)

export type ShipmentBody = { items: { line_item_id: string; quantity: number }[]; tracking_number?: string; carrier?: string }

/**
 * The "Mark shipped" form as commerce's body: each line with copies above 0,
 * the tracking number and carrier when given. Errors name the form's fields.
 */
export function shipmentFromForm(formData: FormData): { orderId: string | null; body?: ShipmentBody; errors?: Record<string, string>; values: Record<string, string> } {
  const values: Record<string, string> = {}
  formData.forEach((value, key) => {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value
  })
  const orderId = /^order_\w+$/.test(values.order_id ?? "") ? values.order_id : null
  const errors: Record<string, string> = {}
  const items: ShipmentBody["items"] = []
  for (const [key, raw] of Object.entries(values)) {
    const line = /^ship_(ordli_\w+)$/.exec(key)?.[1]
    if (!line) continue
    const parsed = copies.safeParse(raw)
    if (!parsed.success) errors[key] = parsed.error.issues[0].message
    else if (parsed.data > 0) items.push({ line_item_id: line, quantity: parsed.data })
  }
  const tracking = text("The tracking number").safeParse(values.tracking_number ?? "")
  const carrier = text("The carrier").safeParse(values.carrier ?? "")
  if (!tracking.success) errors.tracking_number = tracking.error.issues[0].message
  if (!carrier.success) errors.carrier = carrier.error.issues[0].message
  if (!Object.keys(errors).length && !items.length) errors.form = "Enter how many copies of at least one line you are sending."
  if (Object.keys(errors).length) return { orderId, errors, values }
  return {
    orderId,
    values,
    body: { items, ...(tracking.data ? { tracking_number: tracking.data } : {}), ...(carrier.data ? { carrier: carrier.data } : {}) },
  }
}

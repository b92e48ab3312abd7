import { toBackendError } from "../util/errors"

/** More than this on one line is almost certainly a typo, not an order. */
export const MAX_LINE_QUANTITY = 999

export type QuantityCheck = { ok: true; quantity: number } | { ok: false; error: string }

/**
 * A quantity as typed into a form or sent by a button: a whole number from 1
 * up. Medusa itself accepts 1.5 and rounds it, so the check happens here.
 */
export function parseQuantity(raw: unknown): QuantityCheck {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : ""
  if (text === "") return { ok: false, error: "Enter a quantity." }
  const quantity = Number(text)
  if (!Number.isFinite(quantity) || !/^[+-]?\d+(\.\d+)?$/.test(text)) return { ok: false, error: "Quantity must be a number." }
  if (!Number.isInteger(quantity)) return { ok: false, error: "Quantity must be a whole number." }
  if (quantity < 1) return { ok: false, error: "Quantity must be at least 1. To take a book out, remove it." }
  if (quantity > MAX_LINE_QUANTITY) return { ok: false, error: `Quantity can be at most ${MAX_LINE_QUANTITY}.` }
  return { ok: true, quantity }
}

/**
 * Medusa refuses a line beyond stock with a 400 whose code is
 * `insufficient_inventory`; the js-sdk keeps only the message, so that is
 * what is matched.
 */
export function isInsufficientInventory(error: unknown): boolean {
  const { status, message } = toBackendError("commerce", error)
  return status === 400 && /does not have the required inventory/i.test(message)
}

/** What the shopper reads when a format cannot be had in the quantity asked. */
export function stockMessage(format: string, available: number | null, inCart = 0): string {
  if (available === null || available <= 0) return `${format} is out of stock.`
  const already = inCart > 0 ? ` You already have ${inCart} in your cart.` : ""
  return `Only ${available} left of ${format}.${already}`
}

/**
 * Commerce's refusal of an ebook or course line, already a sentence for the
 * shopper that names the title ("You are already enrolled in …", "… is
 * already in your cart."), or null for any other failure.
 */
export function digitalGoodsRefusal(error: unknown): string | null {
  const { status, message } = toBackendError("commerce", error)
  const rule = /once: its quantity is at most 1\.$|is already in your cart\.$|^Sign in to buy the course|^You are already enrolled in/
  return status === 400 && rule.test(message) ? message : null
}

/** The most of one line a shopper may have: an ebook or a course is bought once. */
export const maxLineQuantity = (line: { requires_shipping?: boolean | null }) => (line.requires_shipping === false ? 1 : MAX_LINE_QUANTITY)

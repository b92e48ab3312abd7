import { toBackendError } from "../util/errors"

/** Longer than this is not a code someone was given (commerce refuses it too). */
export const MAX_CODE_LENGTH = 64

export type CodeCheck = { ok: true; code: string } | { ok: false; error: string }

/**
 * A code as typed, spaces dropped ("launch 10"). Its case is kept: commerce
 * finds LAUNCH10 from "launch10" itself, and a code staff wrote in lower
 * case stays findable.
 */
export function parsePromotionCode(raw: unknown): CodeCheck {
  const code = (typeof raw === "string" ? raw : "").replace(/\s+/g, "")
  if (!code) return { ok: false, error: "Enter a discount code." }
  if (code.length > MAX_CODE_LENGTH || /[\p{Cc}]/u.test(code)) return { ok: false, error: "That isn't a valid code." }
  return { ok: true, code }
}

/**
 * Commerce's refusal of a code (400, "The promotion code X is invalid",
 * "… has expired", "… is not active yet", "… has been used up", "… takes
 * money off delivery…") as a sentence for the shopper, or null for any other
 * failure. Completion's refusal reads the same, with ", so the order was not
 * placed" after it.
 */
export function promotionRefusal(code: string, error: unknown): string | null {
  const { status, message } = toBackendError("commerce", error)
  if (status !== 400 || !/^The promotion code /.test(message)) return null
  if (/ is invalid$/.test(message)) return `${code} isn't a valid code.`
  if (/ has expired(, so the order was not placed)?$/.test(message)) return "This code has expired."
  if (/ is not active yet$/.test(message)) return "This code isn't active yet."
  if (/ has been used up(, so the order was not placed)?$/.test(message)) return "This code has been used up."
  if (/ takes money off delivery/.test(message)) return "This code takes money off delivery: apply it at checkout once you have chosen delivery."
  return null
}

/** Commerce took the code but it fits no line of the cart (a books code on a cart of courses): Medusa leaves it off. */
export const NOT_APPLICABLE = "This code doesn't apply to the items in your cart."

/** Whether a cart's codes include `code`. */
export const hasCode = (cart: { promotions?: ({ code?: string | null } | null)[] | null } | null, code: string) =>
  (cart?.promotions ?? []).some((p) => p?.code === code)

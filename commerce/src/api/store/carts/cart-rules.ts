import type { DigitalVariant } from "../../../lib/digital-goods/digital-variants"

/** A line the shopper asks for: added, given when a cart is made, or changed in quantity. */
export type RequestedLine = { variant_id: string; quantity: number }

export type DigitalLineCheck = {
  requested: RequestedLine[]
  /** The cart's other lines (for a quantity change, every line but the one changed). */
  existing: { variant_id?: string | null }[]
  digital: Map<string, DigitalVariant>
  /** Whether the cart belongs to a customer who can sign in (a course is kept in an account). */
  buyerHasAccount: boolean
  /** Courses the buyer is enrolled in now (active or completed). */
  enrolledCourseIds: Set<string>
}

const named = (v: DigitalVariant) => (v.kind === "course" ? `the course "${v.title}"` : `the ebook of "${v.title}"`)
const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1)

/**
 * Why the requested lines cannot go into the cart, as a sentence for the
 * shopper, or null when they can. An ebook or a course is bought once: one
 * copy per line and one line per variant; a course needs an account and is
 * refused to someone already enrolled in it.
 */
export function digitalLineProblem(check: DigitalLineCheck): string | null {
  const seen = new Set(check.existing.map((line) => line.variant_id).filter(Boolean))
  for (const line of check.requested) {
    const variant = check.digital.get(line.variant_id)
    if (!variant) continue
    if (line.quantity > 1) return `You can buy ${named(variant)} once: its quantity is at most 1.`
    if (seen.has(variant.id)) return `${capitalised(named(variant))} is already in your cart.`
    seen.add(variant.id)
    if (variant.kind !== "course") continue
    if (!check.buyerHasAccount) {
      return `Sign in to buy ${named(variant)}: a course is kept in your account, so it cannot be bought as a guest.`
    }
    if (variant.course_id && check.enrolledCourseIds.has(variant.course_id)) {
      return `You are already enrolled in "${variant.title}": continue it from your courses.`
    }
  }
  return null
}

import { MedusaError } from "@medusajs/framework/utils"

export type VendorStatus = "pending" | "approved" | "rejected" | "suspended"
export type VendorDecision = "approve" | "reject" | "suspend"

/** The status each decision leads to, and the statuses it may be made from. */
export const DECISIONS: Record<VendorDecision, { to: Exclude<VendorStatus, "pending">; from: VendorStatus[]; needsReason: boolean }> = {
  approve: { to: "approved", from: ["pending", "suspended"], needsReason: false },
  reject: { to: "rejected", from: ["pending"], needsReason: true },
  suspend: { to: "suspended", from: ["approved"], needsReason: true },
}

const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`

/**
 * Whether `decision` changes a vendor in `status`: false when it is already
 * there (a second click: nothing to do), true when allowed; a 400 naming the
 * status otherwise (Medusa hides a 409's message), and a 400 for a reject or suspend without a reason.
 */
export function checkDecision(status: VendorStatus, decision: VendorDecision, reason: string | null | undefined): boolean {
  const rule = DECISIONS[decision]
  if (rule.needsReason && !reason?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason is required to ${decision} a vendor`)
  }
  if (status === rule.to) return false
  if (!rule.from.includes(status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${withArticle(status).replace(/^a/, "A")} vendor cannot be ${rule.to}: only ${withArticle(rule.from.join(" or "))} one can`)
  }
  return true
}

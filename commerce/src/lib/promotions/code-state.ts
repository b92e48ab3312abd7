import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Why a promotion code cannot be used now. Medusa 2.21 refuses only codes
 * that do not exist; a code that has expired, has not started, is used up or
 * does not fit the cart is skipped without a word, so the shopper would see
 * nothing happen. These are the words commerce answers with instead; the
 * storefront turns each into a sentence (it matches them, so keep them).
 */
export type CodeProblem = "invalid" | "expired" | "not_started" | "used_up"

export const codeProblemMessage = (code: string, problem: CodeProblem): string =>
  ({
    invalid: `The promotion code ${code} is invalid`,
    expired: `The promotion code ${code} has expired`,
    not_started: `The promotion code ${code} is not active yet`,
    used_up: `The promotion code ${code} has been used up`,
  })[problem]

/** The parts of a promotion (with its campaign and budget) that decide whether its code can be used. */
export type PromotionState = {
  code?: string | null
  status?: string | null
  limit?: number | null
  used?: number | null
  application_method?: { target_type?: string | null } | null
  campaign?: {
    starts_at?: Date | string | null
    ends_at?: Date | string | null
    budget?: { type?: string | null; limit?: unknown; used?: unknown } | null
  } | null
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/**
 * What stops a promotion's code being used at `now`, or null when nothing
 * does. A draft was never launched, so its code reads as invalid; one staff
 * set inactive, or whose campaign has ended, has expired. `checkUsage: false`
 * leaves usage to Medusa's own registration at completion, which counts it
 * under a row lock (this read is not, so it only warns early).
 */
export function codeProblem(promotion: PromotionState | undefined, now = new Date(), { checkUsage = true } = {}): CodeProblem | null {
  if (!promotion || promotion.status === "draft") return "invalid"
  if (promotion.status !== "active") return "expired"
  const campaign = promotion.campaign
  if (campaign?.ends_at && new Date(campaign.ends_at) <= now) return "expired"
  if (campaign?.starts_at && new Date(campaign.starts_at) > now) return "not_started"
  if (!checkUsage) return null
  if (typeof promotion.limit === "number" && (promotion.used ?? 0) >= promotion.limit) return "used_up"
  const budget = campaign?.budget
  const budgetLimit = num(budget?.limit)
  if (budget?.type === "usage" && budgetLimit !== null && (num(budget.used) ?? 0) >= budgetLimit) return "used_up"
  return null
}

/**
 * The promotions behind `codes`, keyed by the code as asked. A code typed in
 * lower case finds a promotion whose code is in capitals (staff write codes
 * in capitals; shoppers type them however).
 */
export async function findPromotionsByCode(scope: MedusaContainer, codes: string[]): Promise<Map<string, PromotionState & { code: string }>> {
  const wanted = [...new Set(codes.flatMap((code) => [code, code.toUpperCase()]))]
  if (!wanted.length) return new Map()
  const found = (await scope.resolve(Modules.PROMOTION).listPromotions(
    { code: wanted },
    { relations: ["campaign", "campaign.budget", "application_method"] }
  )) as unknown as (PromotionState & { code: string })[]
  const byCode = new Map(found.map((p) => [p.code, p]))
  return new Map(codes.flatMap((code) => {
    const promotion = byCode.get(code) ?? byCode.get(code.toUpperCase())
    return promotion ? [[code, promotion] as const] : []
  }))
}

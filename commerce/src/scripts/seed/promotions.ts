import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { CATEGORIES } from "./books"

type Container = ExecArgs["container"]

/** 10% off every book (the four book categories; the course has none, so it is never discounted). */
export const LAUNCH_CODE = "LAUNCH10"
/** Delivery free in either region. */
export const FREE_SHIPPING_CODE = "FREESHIP"

/**
 * The demo discount codes, made once through Medusa's promotion workflow
 * (staff make their own in the Medusa admin, Promotions). A code that exists
 * already, even edited by staff, is left as it is.
 */
export async function ensureDemoPromotions(container: Container): Promise<number> {
  const promotions = container.resolve(Modules.PROMOTION)
  const existing = new Set((await promotions.listPromotions({ code: [LAUNCH_CODE, FREE_SHIPPING_CODE] }, { select: ["code"] })).map((p) => p.code))
  const categories = await container.resolve(Modules.PRODUCT).listProductCategories({ handle: CATEGORIES.map((c) => c.handle) }, { select: ["id"] })

  const wanted = [
    {
      code: LAUNCH_CODE,
      type: "standard" as const,
      status: "active" as const,
      application_method: {
        type: "percentage" as const,
        target_type: "items" as const,
        allocation: "across" as const,
        value: 10,
        target_rules: [{ attribute: "items.product.categories.id", operator: "in" as const, values: categories.map((c) => c.id) }],
      },
    },
    {
      code: FREE_SHIPPING_CODE,
      type: "standard" as const,
      status: "active" as const,
      application_method: { type: "percentage" as const, target_type: "shipping_methods" as const, allocation: "across" as const, value: 100 },
    },
  ].filter((p) => !existing.has(p.code))
  if (!wanted.length || !categories.length) return 0
  await createPromotionsWorkflow(container).run({ input: { promotionsData: wanted } })
  return wanted.length
}

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../../../lib/env"
import { STOCK_ALERTS_MODULE } from "../../../modules/stock-alerts"
import type StockAlertsModuleService from "../../../modules/stock-alerts/service"
import { loadVariantStock } from "../variant-stock"

export const claimRestockedRequestsStepId = "claim-restocked-requests"

export type RestockNotice = {
  request_id: string
  /** When this run claimed it (ms): with the id, names this try's email. */
  claimed_at: number
  email: string
  country_code: string
  product_title: string
  variant_title: string
  handle: string | null
}

/**
 * The waiting readers of these variants whose format can be bought again,
 * taken for this run to email (so no other run emails them too). Variants
 * still sold out keep their readers waiting. Given back if the emails fail.
 */
export const claimRestockedRequestsStep = createStep(
  claimRestockedRequestsStepId,
  async (input: { variant_ids: string[] }, { container }) => {
    const requests = container.resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE)
    const waitedFor = await requests.variantsAwaitingRestock(input.variant_ids)
    if (!waitedFor.length) return new StepResponse([] as RestockNotice[], [] as string[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const stock = await loadVariantStock(query, { id: waitedFor }, env.LOW_STOCK_THRESHOLD)
    const back = stock.filter((s) => s.available > 0)
    if (!back.length) return new StepResponse([] as RestockNotice[], [] as string[])
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product.handle"], filters: { id: back.map((s) => s.variant_id) } })
    const handles = new Map(variants.map((v) => [v.id as string, (v.product?.handle as string | undefined) ?? null]))
    const byVariant = new Map(back.map((s) => [s.variant_id, s]))
    const claimed = await requests.claimRestockRequests([...byVariant.keys()])
    const notices = claimed.map((request) => {
      const s = byVariant.get(request.variant_id)!
      return {
        request_id: request.id,
        claimed_at: new Date(request.claimed_at).getTime(),
        email: request.email,
        country_code: request.country_code,
        product_title: s.product_title,
        variant_title: s.variant_title,
        handle: handles.get(request.variant_id) ?? null,
      }
    })
    return new StepResponse(notices, claimed.map((r) => r.id))
  },
  async (claimedIds, { container }) => {
    if (!claimedIds?.length) return
    await container.resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE).releaseRestockRequests(claimedIds)
  }
)

export const removeRestockRequestsStepId = "remove-restock-requests"

/** Emailed: off the list (asking again later starts a new wait). */
export const removeRestockRequestsStep = createStep(removeRestockRequestsStepId, async (ids: string[], { container }) => {
  if (ids.length) await container.resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE).deleteRestockRequests(ids)
  return new StepResponse(ids.length)
})

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../../lib/env"

export const postStorefrontRevalidationStepId = "post-storefront-revalidation"

type Delivery = { delivered: boolean; status: number | null }

/**
 * Tells the storefront which cache tags are stale. A storefront that is down
 * is logged, not retried: its cached pages expire on their own, and a failed
 * cache hint must never fail the change that caused it. Nothing to undo.
 */
export const postStorefrontRevalidationStep = createStep(
  postStorefrontRevalidationStepId,
  async (tags: string[], { container }): Promise<StepResponse<Delivery>> => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      const res = await fetch(`${env.STOREFRONT_URL}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": env.REVALIDATE_SECRET },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(3000),
      })
      if (!res.ok) logger.warn(`storefront revalidation answered ${res.status} for ${tags.join(", ")}`)
      return new StepResponse({ delivered: res.ok, status: res.status })
    } catch (error) {
      logger.warn(`storefront revalidation failed for ${tags.join(", ")}: ${(error as Error).message}`)
      return new StepResponse({ delivered: false, status: null })
    }
  }
)

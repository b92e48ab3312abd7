import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postStorefrontRevalidationStep } from "./steps/post-storefront-revalidation"
import { resolveProductCacheTagsStep, type CatalogChange } from "./steps/resolve-product-cache-tags"

export const revalidateProductPagesWorkflowId = "revalidate-product-pages"

/** Expires the storefront's cached pages of the products a catalogue change touched. */
export const revalidateProductPagesWorkflow = createWorkflow(revalidateProductPagesWorkflowId, (change: CatalogChange) => {
  const tags = resolveProductCacheTagsStep(change)
  const result = postStorefrontRevalidationStep(tags)
  return new WorkflowResponse({ tags, result })
})

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createCourseWorkflow } from "../courses/admin/create-course"
import { findProductCourseStep } from "./steps/find-product-course"

export const ensureVendorCourseWorkflowId = "ensure-vendor-course"

type VendorCourseProduct = { product_id: string; title: string; handle: string; description: string | null; in_shop: boolean }

/**
 * The course a vendor's course product sells, made on first use through
 * staff's own workflow (named and described as the product, linked to it,
 * published only if the product is already in the shop: otherwise staff's
 * approval of the product publishes it). Locked per product, so two first
 * edits at once make one course.
 */
export const ensureVendorCourseWorkflow = createWorkflow(ensureVendorCourseWorkflowId, (input: VendorCourseProduct) => {
  const key = transform({ input }, ({ input }) => `vendor-course:${input.product_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const found = findProductCourseStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  const created = when("vendor-course-missing", { found }, ({ found }) => !found.course_id).then(() =>
    createCourseWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        title: input.title,
        handle: input.handle,
        description: input.description,
        status: input.in_shop ? ("published" as const) : ("draft" as const),
        product_id: input.product_id,
      })),
    })
  )
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ found, created }, ({ found, created }) => (found.course_id ?? created!.id) as string))
})

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { updateCourseWorkflow } from "../courses/admin/update-course"
import { approvedPrices } from "./plan-vendor-product-update"
import { findProductCourseStep } from "./steps/find-product-course"
import { decideProductChangeStep, type ProductChangeDecisionInput } from "./steps/decide-product-change"

export const decideProductChangeWorkflowId = "decide-product-change"

/**
 * Staff approve or reject a vendor's product change. Approving a new
 * product publishes it in the shop's sales channel; approving a price
 * change sets the proposed prices. A vendor's course (its lessons written
 * in the portal before approval) is published with its product. The same
 * decision again (a double click) does nothing; a failure after the
 * decision puts the request back to pending.
 */
export const decideProductChangeWorkflow = createWorkflow(
  decideProductChangeWorkflowId,
  (input: ProductChangeDecisionInput & { sales_channel_id: string }) => {
    const decided = decideProductChangeStep(input)
    when("vendor-product-approved", { decided }, ({ decided }) => decided.changed && decided.status === "approved" && decided.kind === "new").then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ decided, input }, ({ decided, input }) => ({
          products: [{ id: decided.product_id, status: "published" as const, sales_channels: [{ id: input.sales_channel_id }] }],
        })),
      })
    })
    const course = findProductCourseStep(transform({ decided }, ({ decided }) => ({ product_id: decided.product_id })))
    when("vendor-course-approved", { decided, course }, ({ decided, course }) =>
      decided.changed && decided.status === "approved" && decided.kind === "new" && course.status === "draft"
    ).then(() => {
      updateCourseWorkflow.runAsStep({ input: transform({ course }, ({ course }) => ({ id: course.course_id as string, update: { status: "published" as const } })) })
    })
    when("vendor-price-change-approved", { decided }, ({ decided }) => decided.changed && decided.status === "approved" && decided.kind === "price_change").then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ decided }, ({ decided }) => ({ product_variants: approvedPrices((decided.proposed as { prices: Record<string, Record<string, number>> }).prices) })),
      })
    })
    return new WorkflowResponse(decided)
  }
)

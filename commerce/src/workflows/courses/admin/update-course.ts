import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COURSE_CHANGED } from "../events"
import { postStorefrontRevalidationStep } from "../../revalidate-storefront/steps/post-storefront-revalidation"
import { courseCacheTagsStep } from "../steps/course-cache-tags"
import type { CourseInput } from "../steps/create-course"
import { linkCourseProductStep } from "../steps/link-course-product"
import { updateCourseStep } from "../steps/update-course"

export const updateCourseWorkflowId = "update-course"

/** Edits or publishes a course, relinks its product when asked, and refreshes its pages under the old and new handle. */
export const updateCourseWorkflow = createWorkflow(
  updateCourseWorkflowId,
  (input: { id: string; update: Partial<CourseInput>; product_id?: string | null }) => {
    const updated = updateCourseStep(transform({ input }, ({ input }) => ({ id: input.id, update: input.update })))
    when("course-product-changes", { input }, ({ input }) => input.product_id !== undefined).then(() => {
      linkCourseProductStep(transform({ input }, ({ input }) => ({ course_id: input.id, product_id: input.product_id ?? null })))
    })
    const tags = courseCacheTagsStep(
      transform({ input, updated }, ({ input, updated }) => ({ course_id: input.id, previous_handle: updated.previous_handle }))
    )
    postStorefrontRevalidationStep(tags)
    emitEventStep({ eventName: COURSE_CHANGED, data: { id: input.id } })
    return new WorkflowResponse(updated.course)
  }
)

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COURSE_CHANGED } from "../events"
import { postStorefrontRevalidationStep } from "../../revalidate-storefront/steps/post-storefront-revalidation"
import { courseCacheTagsStep } from "../steps/course-cache-tags"
import { createCourseStep, type CourseInput } from "../steps/create-course"
import { linkCourseProductStep } from "../steps/link-course-product"

export const createCourseWorkflowId = "create-course"

/** Creates a course, sells it as a product when one is named, and refreshes the storefront's course pages. */
export const createCourseWorkflow = createWorkflow(createCourseWorkflowId, (input: CourseInput & { product_id?: string | null }) => {
  const details = transform({ input }, ({ input }) => {
    const { product_id: _productId, ...course } = input
    return course
  })
  const course = createCourseStep(details)
  when("course-has-product", { input }, ({ input }) => !!input.product_id).then(() => {
    const link = transform({ course, input }, ({ course, input }) => ({ course_id: course.id, product_id: input.product_id as string }))
    linkCourseProductStep(link)
  })
  const tags = courseCacheTagsStep(transform({ course }, ({ course }) => ({ course_id: course.id })))
  postStorefrontRevalidationStep(tags)
  emitEventStep({ eventName: COURSE_CHANGED, data: transform({ course }, ({ course }) => ({ id: course.id })) })
  return new WorkflowResponse(course)
})

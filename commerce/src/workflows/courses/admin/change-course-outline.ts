import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postStorefrontRevalidationStep } from "../../revalidate-storefront/steps/post-storefront-revalidation"
import { changeCourseOutlineStep, type OutlineChange } from "../steps/change-course-outline"
import { courseCacheTagsStep } from "../steps/course-cache-tags"

export const changeCourseOutlineWorkflowId = "change-course-outline"

/** Adds, edits, removes or reorders a course's sections and lessons, and refreshes its pages. */
export const changeCourseOutlineWorkflow = createWorkflow(
  changeCourseOutlineWorkflowId,
  (input: { course_id: string; change: OutlineChange }) => {
    const changed = changeCourseOutlineStep(input)
    const tags = courseCacheTagsStep({ course_id: input.course_id })
    postStorefrontRevalidationStep(tags)
    return new WorkflowResponse(changed)
  }
)

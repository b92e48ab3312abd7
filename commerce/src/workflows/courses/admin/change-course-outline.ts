import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postStorefrontRevalidationStep } from "../../revalidate-storefront/steps/post-storefront-revalidation"
import { changeCourseOutlineStep, type OutlineChange } from "../steps/change-course-outline"
import { courseCacheTagsStep } from "../steps/course-cache-tags"
import { deleteLessonAttachmentsStep } from "../steps/delete-lesson-attachments"
import { deletePrivateFilesStep } from "../steps/delete-private-files"
import { findRemovedLessonAttachmentsStep } from "../steps/find-removed-lesson-attachments"

export const changeCourseOutlineWorkflowId = "change-course-outline"

/** Adds, edits, removes or reorders a course's sections and lessons (a removed lesson's attachment files go too), and refreshes its pages. */
export const changeCourseOutlineWorkflow = createWorkflow(
  changeCourseOutlineWorkflowId,
  (input: { course_id: string; change: OutlineChange }) => {
    const removedAttachments = findRemovedLessonAttachmentsStep(input)
    const changed = changeCourseOutlineStep(input)
    const removedFiles = deleteLessonAttachmentsStep(removedAttachments)
    const tags = courseCacheTagsStep({ course_id: input.course_id })
    postStorefrontRevalidationStep(tags)
    deletePrivateFilesStep(removedFiles)
    return new WorkflowResponse(changed)
  }
)

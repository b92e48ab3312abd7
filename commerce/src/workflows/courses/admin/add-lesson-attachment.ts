import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UploadedAttachment } from "../../../lib/courses/attachments/upload"
import { createLessonAttachmentStep } from "../steps/create-lesson-attachment"
import { keepUploadedAttachmentFileStep } from "../steps/keep-uploaded-attachment-file"

export const addLessonAttachmentWorkflowId = "add-lesson-attachment"

/** Records a file staff uploaded (already stored privately) as a lesson's attachment; on failure the file is deleted. */
export const addLessonAttachmentWorkflow = createWorkflow(
  addLessonAttachmentWorkflowId,
  (input: { lesson_id: string; file: UploadedAttachment }) => {
    keepUploadedAttachmentFileStep(input.file.file_key)
    return new WorkflowResponse(createLessonAttachmentStep(input))
  }
)

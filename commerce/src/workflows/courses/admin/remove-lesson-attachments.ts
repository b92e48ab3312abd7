import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLessonAttachmentsStep } from "../steps/delete-lesson-attachments"
import { deletePrivateFilesStep } from "../steps/delete-private-files"

export const removeLessonAttachmentsWorkflowId = "remove-lesson-attachments"

/** Removes attachments and then their files: a link handed out before fails from then on. */
export const removeLessonAttachmentsWorkflow = createWorkflow(removeLessonAttachmentsWorkflowId, (input: { ids: string[] }) => {
  const keys = deleteLessonAttachmentsStep(input.ids)
  deletePrivateFilesStep(keys)
  return new WorkflowResponse(keys)
})

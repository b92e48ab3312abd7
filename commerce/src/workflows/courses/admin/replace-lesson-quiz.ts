import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replaceLessonQuizStep, type LessonQuizInput } from "../steps/replace-lesson-quiz"

export const replaceLessonQuizWorkflowId = "replace-lesson-quiz"

/** Sets, replaces or (with `quiz: null`) removes the quiz of a lesson of a course. */
export const replaceLessonQuizWorkflow = createWorkflow(
  replaceLessonQuizWorkflowId,
  (input: { course_id: string; lesson_id: string; quiz: LessonQuizInput | null }) => new WorkflowResponse(replaceLessonQuizStep(input))
)

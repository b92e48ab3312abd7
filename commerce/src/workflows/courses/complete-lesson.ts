import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { progressOf } from "../../lib/courses/outline"
import { completeEnrollmentStep } from "./steps/complete-enrollment"
import { ensureQuizPassedStep } from "./steps/ensure-quiz-passed"
import { issueCertificateStep } from "./steps/issue-certificate"
import { loadLearnerEnrollmentStep } from "./steps/load-learner-enrollment"
import { recordLessonProgressStep } from "./steps/record-lesson-progress"
import { storeCertificatePdfStep } from "./steps/store-certificate-pdf"
import { CERTIFICATE_ISSUED_EVENT } from "../send-certificate-issued-email"

export const completeCourseLessonWorkflowId = "complete-course-lesson"

/** Marks a lesson of the learner's own enrollment complete; the last one issues the certificate. */
export const completeCourseLessonWorkflow = createWorkflow(
  completeCourseLessonWorkflowId,
  (input: { customer_id: string; enrollment_id: string; lesson_id: string }) => {
    const enrollment = loadLearnerEnrollmentStep({ customer_id: input.customer_id, enrollment_id: input.enrollment_id })
    ensureQuizPassedStep({ enrollment, lesson_id: input.lesson_id })
    const completedIds = recordLessonProgressStep({ enrollment, lesson_id: input.lesson_id })
    const progress = transform({ enrollment, completedIds }, ({ enrollment, completedIds }) => progressOf(enrollment.lesson_ids, completedIds))

    const certificate = when("course-finished", { progress }, ({ progress }) => progress.completed_count === progress.lesson_count).then(
      () => {
        const issued = issueCertificateStep(enrollment)
        storeCertificatePdfStep(issued)
        completeEnrollmentStep(enrollment)
        // Released only once the workflow succeeds; the email's idempotency key sends it once.
        emitEventStep({ eventName: CERTIFICATE_ISSUED_EVENT, data: transform({ issued }, ({ issued }) => ({ id: issued.id })) })
        return issued
      }
    )
    const result = transform({ enrollment, progress, certificate }, ({ enrollment, progress, certificate }) => ({
      enrollment_id: enrollment.id,
      status: certificate ? "completed" : enrollment.status,
      progress,
      certificate_code: certificate?.code ?? enrollment.certificate?.code ?? null,
    }))
    return new WorkflowResponse(result)
  }
)

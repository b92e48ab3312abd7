import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { LearnerEnrollment } from "./load-learner-enrollment"

export const completeEnrollmentStepId = "complete-course-enrollment"

/** Every lesson is done: the enrollment is completed. Compensation makes it active again. */
export const completeEnrollmentStep = createStep(
  completeEnrollmentStepId,
  async (enrollment: LearnerEnrollment, { container }) => {
    if (enrollment.status === "completed") return new StepResponse(enrollment.id, null)
    await container
      .resolve<CoursesModuleService>(COURSES_MODULE)
      .updateEnrollments({ id: enrollment.id, status: "completed", completed_at: new Date() })
    return new StepResponse(enrollment.id, enrollment.id)
  },
  async (completedId, { container }) => {
    if (!completedId) return
    await container
      .resolve<CoursesModuleService>(COURSES_MODULE)
      .updateEnrollments({ id: completedId, status: "active", completed_at: null })
  }
)

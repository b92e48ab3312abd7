import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listLearnerAttachments } from "../../../../../../lib/courses/attachments/learner-access"
import { renderLessonBody } from "../../../../../../lib/courses/lesson-body"
import { orderedSections } from "../../../../../../lib/courses/outline"
import { COURSES_MODULE } from "../../../../../../modules/courses"
import type CoursesModuleService from "../../../../../../modules/courses/service"
import { retrievePublishedCourse } from "../../../published-course"
import { retrieveLearnerQuiz } from "../../../lesson-quiz"

/**
 * A lesson in full. A free preview is anyone's; any other lesson only its
 * course's active (or completed) learners': 401 when signed out, 403 when
 * not enrolled or revoked.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { handle: string; lessonId: string }>, res: MedusaResponse) {
  const course = await retrievePublishedCourse(req.scope, req.params.handle)
  const lessons = orderedSections(course).flatMap((s) => s.lessons.map((l) => ({ ...l, section_title: s.title })))
  const index = lessons.findIndex((l) => l.id === req.params.lessonId)
  if (index < 0) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lesson ${req.params.lessonId} in "${course.title}"`)
  const lesson = lessons[index]

  let enrollmentId: string | null = null
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (customerId) {
    const [enrollment] = await req.scope
      .resolve<CoursesModuleService>(COURSES_MODULE)
      .listEnrollments({ customer_id: customerId, course_id: course.id, status: ["active", "completed"] }, { take: 1 })
    enrollmentId = enrollment?.id ?? null
  }
  if (!lesson.is_free_preview && !enrollmentId) {
    if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to open this lesson")
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Enrol in "${course.title}" to open this lesson`)
  }
  res.json({
    lesson: {
      id: lesson.id,
      title: lesson.title,
      kind: lesson.kind,
      body: lesson.body ?? null,
      // The Markdown rendered and sanitised: the only form of the body a page may put into HTML.
      body_html: renderLessonBody(lesson.body),
      video_url: lesson.video_url ?? null,
      duration_minutes: lesson.duration_minutes ?? null,
      is_free_preview: lesson.is_free_preview,
      section_title: lesson.section_title,
      // Worksheets and slides are for learners only, not free-preview visitors.
      attachments: enrollmentId ? await listLearnerAttachments(req.scope, lesson.id) : [],
    },
    course: { id: course.id, title: course.title, handle: course.handle },
    previous_lesson_id: lessons[index - 1]?.id ?? null,
    next_lesson_id: lessons[index + 1]?.id ?? null,
    enrollment_id: enrollmentId,
    quiz: await retrieveLearnerQuiz(req.scope, lesson.id, enrollmentId),
  })
}

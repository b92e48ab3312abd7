import type { MedusaContainer } from "@medusajs/framework/types"
import { publicQuiz, type PublicLessonQuiz, type StoredLessonQuiz } from "../../../lib/courses/quiz"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

/**
 * The lesson's quiz as a learner sees it (no right answers), with whether
 * this enrollment has passed it; null when the lesson has no quiz.
 */
export async function retrieveLearnerQuiz(
  scope: MedusaContainer,
  lessonId: string,
  enrollmentId: string | null
): Promise<(PublicLessonQuiz & { passed: boolean }) | null> {
  const courses = scope.resolve<CoursesModuleService>(COURSES_MODULE)
  const [quiz] = (await courses.listLessonQuizDefinitions({ lesson_id: lessonId })) as unknown as StoredLessonQuiz[]
  if (!quiz) return null
  const passed = enrollmentId
    ? (await courses.listQuizAttempts({ enrollment_id: enrollmentId, lesson_id: lessonId, passed: true }, { select: ["id"], take: 1 })).length > 0
    : false
  return { ...publicQuiz(quiz), passed }
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertLessonOfCourse, type StoredLessonQuiz } from "../../../../../../../lib/courses/quiz"
import { COURSES_MODULE } from "../../../../../../../modules/courses"
import type CoursesModuleService from "../../../../../../../modules/courses/service"
import { replaceLessonQuizWorkflow } from "../../../../../../../workflows/courses/admin/replace-lesson-quiz"
import type { AdminReplaceLessonQuizType } from "../../../../quiz-validators"

type Params = { id: string; lessonId: string }

/** A quiz as staff edit it: each option says whether it is right. */
const adminQuiz = (quiz: StoredLessonQuiz | null) =>
  quiz && {
    id: quiz.id,
    lesson_id: quiz.lesson_id,
    pass_threshold: quiz.pass_threshold,
    questions: quiz.questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      options: q.options.map((o) => ({ ...o, correct: q.correct_option_ids.includes(o.id) })),
    })),
  }

/** The lesson's quiz, or `quiz: null` when it has none; a lesson of another course is a 404. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  const courses = req.scope.resolve<CoursesModuleService>(COURSES_MODULE)
  await assertLessonOfCourse(courses, req.params.id, req.params.lessonId)
  const [quiz] = await courses.listLessonQuizDefinitions({ lesson_id: req.params.lessonId })
  res.json({ quiz: adminQuiz((quiz as unknown as StoredLessonQuiz) ?? null) })
}

/** Sets or replaces the lesson's quiz. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReplaceLessonQuizType, Params>, res: MedusaResponse) {
  const { result } = await replaceLessonQuizWorkflow(req.scope).run({
    input: { course_id: req.params.id, lesson_id: req.params.lessonId, quiz: req.validatedBody },
  })
  res.json({ quiz: adminQuiz(result) })
}

/** Removes the lesson's quiz: the lesson is then completed with "Mark complete" again. */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  await replaceLessonQuizWorkflow(req.scope).run({ input: { course_id: req.params.id, lesson_id: req.params.lessonId, quiz: null } })
  res.json({ lesson_id: req.params.lessonId, object: "lesson_quiz", deleted: true })
}

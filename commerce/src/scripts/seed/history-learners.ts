import type { ExecArgs } from "@medusajs/framework/types"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"
import type { QuizQuestion } from "../../modules/courses/models/lesson-quiz"
import { completeCourseLessonWorkflow } from "../../workflows/courses/complete-lesson"
import { submitLessonQuizWorkflow } from "../../workflows/courses/submit-lesson-quiz"
import { enrollCustomerFromOrderWorkflow } from "../../workflows/courses/enroll-from-order"
import { dbOf } from "../../lib/insights/sql"
import type { HistoryShop } from "./history-shop"

type Container = ExecArgs["container"]

/**
 * Enrols a history order's buyer as a paid order does (the enrol workflow),
 * completes the planned share of lessons as the learner would (the last one
 * issues the certificate), then dates it all from the order on, a lesson
 * every few days.
 */
export async function enrolPlannedLearner(container: Container, shop: HistoryShop, orderId: string, customerId: string, placed: Date, progress: number) {
  await enrollCustomerFromOrderWorkflow(container).run({ input: { order_id: orderId } })
  const [enrollment] = await container.resolve<CoursesModuleService>(COURSES_MODULE).listEnrollments({ order_id: orderId })
  if (!enrollment) return
  const lessons = shop.lessonIds.slice(0, Math.round(progress * shop.lessonIds.length))
  const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
  for (const lessonId of lessons) {
    const input = { customer_id: customerId, enrollment_id: enrollment.id, lesson_id: lessonId }
    // A lesson with a quiz is completed only by passing it: the learner answers it right.
    const [quiz] = await courses.listLessonQuizDefinitions({ lesson_id: lessonId }, { select: ["questions"] })
    if (quiz) {
      const answers = (quiz.questions as unknown as QuizQuestion[]).map((q) => ({ question_id: q.id, option_ids: q.correct_option_ids }))
      await submitLessonQuizWorkflow(container).run({ input: { ...input, answers } })
    } else {
      await completeCourseLessonWorkflow(container).run({ input })
    }
  }
  const db = dbOf(container)
  const lessonAt = (n: number) => new Date(Math.min(placed.getTime() + (n + 1) * 3 * 86_400_000, Date.now() - 3_600_000))
  await db.raw(`UPDATE enrollment SET enrolled_at = :placed, created_at = :placed WHERE id = :id`, { placed, id: enrollment.id })
  for (const [n, lessonId] of lessons.entries()) {
    await db.raw(`UPDATE lesson_progress SET completed_at = :at, created_at = :at WHERE enrollment_id = :id AND lesson_id = :lesson`, { at: lessonAt(n), id: enrollment.id, lesson: lessonId })
  }
  if (lessons.length && lessons.length === shop.lessonIds.length) {
    const finished = lessonAt(lessons.length - 1)
    await db.raw(`UPDATE enrollment SET completed_at = :at WHERE id = :id`, { at: finished, id: enrollment.id })
    await db.raw(`UPDATE certificate SET issued_at = :at, created_at = :at WHERE enrollment_id = :id`, { at: finished, id: enrollment.id })
  }
}

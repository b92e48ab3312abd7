import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertLessonOfCourse, type QuizQuestion, type StoredLessonQuiz } from "../../../lib/courses/quiz"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

export const replaceLessonQuizStepId = "replace-lesson-quiz"

export type LessonQuizInput = {
  pass_threshold: number
  questions: { id?: string; prompt: string; options: { id?: string; text: string; correct: boolean }[] }[]
}

// The model's json() column is typed as an object; the questions are stored as a JSON array.
const asJson = (questions: QuizQuestion[]) => questions as unknown as Record<string, unknown>

const newId = (prefix: string) => `${prefix}_${randomBytes(6).toString("hex")}`

/** The questions as stored: every question and option with an id, the right options named by id. */
export const storedQuestions = (questions: LessonQuizInput["questions"]): QuizQuestion[] =>
  questions.map((q) => {
    const options = q.options.map((o) => ({ id: o.id ?? newId("opt"), text: o.text, correct: o.correct }))
    return {
      id: q.id ?? newId("q"),
      prompt: q.prompt,
      options: options.map(({ id, text }) => ({ id, text })),
      correct_option_ids: options.filter((o) => o.correct).map((o) => o.id),
    }
  })

/**
 * Sets (or with `quiz: null` removes) the quiz of a lesson of this course;
 * a lesson of another course is a 404. Compensation puts back the quiz the
 * lesson had before, or none.
 */
export const replaceLessonQuizStep = createStep(
  replaceLessonQuizStepId,
  async (input: { course_id: string; lesson_id: string; quiz: LessonQuizInput | null }, { container }) => {
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    await assertLessonOfCourse(courses, input.course_id, input.lesson_id)

    const [previous] = (await courses.listLessonQuizDefinitions({ lesson_id: input.lesson_id })) as unknown as StoredLessonQuiz[]
    if (!input.quiz) {
      if (previous) await courses.deleteLessonQuizDefinitions(previous.id)
      return new StepResponse(null, { lesson_id: input.lesson_id, previous: previous ?? null })
    }
    const data = { pass_threshold: input.quiz.pass_threshold, questions: asJson(storedQuestions(input.quiz.questions)) }
    const saved = previous
      ? await courses.updateLessonQuizDefinitions({ id: previous.id, ...data })
      : await courses.createLessonQuizDefinitions({ lesson_id: input.lesson_id, ...data })
    return new StepResponse(saved as unknown as StoredLessonQuiz, { lesson_id: input.lesson_id, previous: previous ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const [current] = await courses.listLessonQuizDefinitions({ lesson_id: undo.lesson_id }, { select: ["id"] })
    const { previous } = undo
    if (!previous) {
      if (current) await courses.deleteLessonQuizDefinitions(current.id)
      return
    }
    const data = { pass_threshold: previous.pass_threshold, questions: asJson(previous.questions) }
    if (current) await courses.updateLessonQuizDefinitions({ id: current.id, ...data })
    else await courses.createLessonQuizDefinitions({ id: previous.id, lesson_id: undo.lesson_id, ...data })
  }
)

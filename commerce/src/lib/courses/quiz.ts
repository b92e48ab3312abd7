import { MedusaError } from "@medusajs/framework/utils"
import type { QuizQuestion } from "../../modules/courses/models/lesson-quiz"

export type { QuizQuestion }
export type StoredLessonQuiz = { id: string; lesson_id: string; pass_threshold: number; questions: QuizQuestion[] }

/** What a learner sees of a quiz: the questions and options, never which options are right. */
export type PublicLessonQuiz = {
  id: string
  pass_threshold: number
  questions: { id: string; prompt: string; multiple: boolean; options: { id: string; text: string }[] }[]
}

export const publicQuiz = (quiz: StoredLessonQuiz): PublicLessonQuiz => ({
  id: quiz.id,
  pass_threshold: quiz.pass_threshold,
  questions: quiz.questions.map((q) => ({
    id: q.id,
    prompt: q.prompt,
    // Checkboxes or radio buttons: the learner must know whether to pick one or several.
    multiple: q.correct_option_ids.length > 1,
    options: q.options.map((o) => ({ id: o.id, text: o.text })),
  })),
})

export type QuizAnswer = { question_id: string; option_ids: string[] }
export type GradedQuiz = {
  score: number
  question_count: number
  percent: number
  passed: boolean
  /** Whether each question was answered exactly right; which options were right is never said. */
  results: { question_id: string; correct: boolean }[]
}

/**
 * Grades answers against the quiz: a question counts only when the chosen
 * options are exactly its right ones; an unanswered question counts wrong.
 * A question or option the quiz does not have is refused as a 400.
 */
export function gradeQuiz(quiz: StoredLessonQuiz, answers: QuizAnswer[]): GradedQuiz {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]))
  const chosen = new Map<string, Set<string>>()
  for (const answer of answers) {
    const question = byId.get(answer.question_id)
    if (!question) throw new MedusaError(MedusaError.Types.INVALID_DATA, `This quiz has no question ${answer.question_id}`)
    if (chosen.has(answer.question_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Question ${answer.question_id} is answered twice`)
    }
    const optionIds = new Set(question.options.map((o) => o.id))
    const unknown = answer.option_ids.find((id) => !optionIds.has(id))
    if (unknown) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Question ${answer.question_id} has no option ${unknown}`)
    chosen.set(answer.question_id, new Set(answer.option_ids))
  }
  const results = quiz.questions.map((q) => {
    const picked = chosen.get(q.id) ?? new Set<string>()
    const correct = picked.size === q.correct_option_ids.length && q.correct_option_ids.every((id) => picked.has(id))
    return { question_id: q.id, correct }
  })
  const score = results.filter((r) => r.correct).length
  const count = quiz.questions.length
  // Compared in whole numbers: 2 of 3 right is 66.7 %, which must not pass a 67 % threshold by rounding.
  return { score, question_count: count, percent: Math.floor((score * 100) / count), passed: score * 100 >= quiz.pass_threshold * count, results }
}

type LessonLookup = {
  listCourseSections: (filters: { course_id: string }, config: { select: string[] }) => Promise<{ id: string }[]>
  listCourseLessons: (filters: { id: string; section_id: string[] }, config: { select: string[] }) => Promise<{ id: string }[]>
}

/** Staff reach a lesson only through its own course: any other lesson id is a 404. */
export async function assertLessonOfCourse(courses: LessonLookup, course_id: string, lesson_id: string): Promise<void> {
  const sections = await courses.listCourseSections({ course_id }, { select: ["id"] })
  const [lesson] = await courses.listCourseLessons({ id: lesson_id, section_id: sections.map((s) => s.id) }, { select: ["id"] })
  if (!lesson) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lesson ${lesson_id} in course ${course_id}`)
}

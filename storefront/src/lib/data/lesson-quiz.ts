import "server-only"
import { privateFetchOptions } from "../cache"
import { storeFetch } from "../config"
import type { Enrollment, Progress } from "./courses"
import { authHeaders } from "./cookies"

/** A lesson's quiz as commerce shows it to learners: never which options are right. */
export type LessonQuiz = {
  id: string
  /** The percentage of questions to get exactly right. */
  pass_threshold: number
  /** Whether this learner has passed it already. */
  passed: boolean
  questions: { id: string; prompt: string; multiple: boolean; options: { id: string; text: string }[] }[]
}

export type QuizAnswer = { question_id: string; option_ids: string[] }

/** A graded attempt: the score, and which questions were right, not which options. */
export type QuizAttempt = {
  score: number
  question_count: number
  percent: number
  pass_threshold: number
  passed: boolean
  results: { question_id: string; correct: boolean }[]
  /** Set when the pass completed the lesson. */
  completion: { status: Enrollment["status"]; progress: Progress; certificate_code: string | null } | null
}

/** Sends the learner's answers to a lesson's quiz, on their own enrollment; commerce grades them. */
export async function submitLessonQuiz(enrollmentId: string, lessonId: string, answers: QuizAnswer[]): Promise<QuizAttempt> {
  const { attempt } = await storeFetch<{ attempt: QuizAttempt }>(
    `/store/customers/me/courses/${encodeURIComponent(enrollmentId)}/lessons/${encodeURIComponent(lessonId)}/quiz`,
    { method: "POST", body: { answers }, headers: await authHeaders(), ...privateFetchOptions() }
  )
  return attempt
}

"use server"

import { revalidatePath } from "next/cache"
import { redirect, unstable_rethrow } from "next/navigation"
import { getAuthToken } from "../data/cookies"
import { submitLessonQuiz, type QuizAnswer, type QuizAttempt } from "../data/lesson-quiz"
import { countryFromForm } from "../util/checkout"
import { toBackendError } from "../util/errors"

const ID = /^[A-Za-z0-9_]{1,64}$/
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const QUIZ_ID = /^[A-Za-z0-9_-]{1,40}$/
const ANSWER = "answer:"

export type QuizState = { ok: boolean; message?: string; attempt?: QuizAttempt } | null

/** The options ticked for each question: fields named `answer:<question id>`, one per chosen option. */
function answersFrom(formData: FormData): QuizAnswer[] | null {
  const chosen = new Map<string, string[]>()
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith(ANSWER)) continue
    const questionId = name.slice(ANSWER.length)
    if (!QUIZ_ID.test(questionId) || typeof value !== "string" || !QUIZ_ID.test(value)) return null
    chosen.set(questionId, [...(chosen.get(questionId) ?? []), value])
  }
  return [...chosen].map(([question_id, option_ids]) => ({ question_id, option_ids }))
}

/**
 * A lesson's quiz: commerce grades the answers on the learner's own
 * enrollment. A pass completes the lesson (the page is refreshed to show
 * it); the pass that finishes the course goes to the learner's courses, as
 * "Mark complete" does.
 */
export async function submitLessonQuizAction(_prev: QuizState, formData: FormData): Promise<QuizState> {
  const countryCode = countryFromForm(formData)
  const handle = String(formData.get("handle") ?? "")
  const enrollmentId = String(formData.get("enrollmentId") ?? "")
  const lessonId = String(formData.get("lessonId") ?? "")
  const answers = answersFrom(formData)
  if (!HANDLE.test(handle) || !ID.test(enrollmentId) || !ID.test(lessonId) || !answers) {
    return { ok: false, message: "This quiz cannot be sent just now." }
  }
  const here = `/${countryCode}/learn/${handle}/${lessonId}`
  const signIn = () => redirect(`/${countryCode}/account/login?${new URLSearchParams({ next: here })}`)
  if (!(await getAuthToken())) signIn()
  let attempt: QuizAttempt
  try {
    attempt = await submitLessonQuiz(enrollmentId, lessonId, answers)
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) signIn()
    if (status === 403) return { ok: false, message: "Your access to this course has ended." }
    if (status === 429) return { ok: false, message }
    if (status === 400) return { ok: false, message: "This quiz has changed since you opened it. Reload the page and try again." }
    console.error(`[courses] quiz of ${lessonId} refused: ${status ?? "no answer"} ${message}`)
    return { ok: false, message: "Your answers could not be checked just now. Please try again." }
  }
  if (attempt.completion?.certificate_code) redirect(`/${countryCode}/account/courses?completed=${encodeURIComponent(handle)}`)
  if (attempt.passed) revalidatePath(here)
  return { ok: attempt.passed, attempt }
}

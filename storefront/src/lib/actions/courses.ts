"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { getAuthToken } from "../data/cookies"
import { completeLesson } from "../data/courses"
import { countryFromForm } from "../util/checkout"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"
import { addToCart } from "./cart"

const ID = /^[A-Za-z0-9_]{1,64}$/
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

const signIn = (countryCode: string, next: string): never =>
  redirect(`/${countryCode}/account/login?${new URLSearchParams({ next })}`)

/**
 * "Buy this course": puts the course in the cart and goes to checkout. A
 * course belongs to an account, so a visitor signs in first and comes back.
 */
export async function buyCourse(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const handle = String(formData.get("handle") ?? "")
  const variantId = String(formData.get("variantId") ?? "")
  if (!HANDLE.test(handle) || !ID.test(variantId)) return { ok: false, message: "This course cannot be bought just now." }
  if (!(await getAuthToken())) signIn(countryCode, `/${countryCode}/courses/${handle}`)
  const added = await addToCart({ variantId, quantity: 1, countryCode })
  // Already in the cart (a second click, a return from checkout): on to checkout all the same.
  if (!added.ok && !/is already in your cart\.$/.test(added.error)) return { ok: false, message: added.error }
  redirect(`/${countryCode}/checkout`)
}

/**
 * "Mark complete": records the lesson in commerce (which checks the
 * enrollment is the caller's), then moves on to the next lesson, or to the
 * learner's courses once the last one earns the certificate.
 */
export async function completeLessonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const handle = String(formData.get("handle") ?? "")
  const enrollmentId = String(formData.get("enrollmentId") ?? "")
  const lessonId = String(formData.get("lessonId") ?? "")
  const nextLessonId = String(formData.get("nextLessonId") ?? "")
  if (!HANDLE.test(handle) || !ID.test(enrollmentId) || !ID.test(lessonId)) return { ok: false, message: "This lesson cannot be marked just now." }
  const here = `/${countryCode}/learn/${handle}/${lessonId}`
  if (!(await getAuthToken())) signIn(countryCode, here)
  let finished = false
  try {
    finished = (await completeLesson(enrollmentId, lessonId)).certificate_code !== null
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) signIn(countryCode, here)
    if (status === 403) return { ok: false, message: "Your access to this course has ended." }
    if (status === 404) return { ok: false, message: "This lesson is not part of your course." }
    console.error(`[courses] completing ${lessonId} refused: ${status ?? "no answer"} ${message}`)
    return { ok: false, message: "Your progress could not be saved just now. Please try again." }
  }
  if (finished) redirect(`/${countryCode}/account/courses?completed=${encodeURIComponent(handle)}`)
  redirect(ID.test(nextLessonId) ? `/${countryCode}/learn/${handle}/${nextLessonId}` : here)
}

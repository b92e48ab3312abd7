import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cacheTags, privateFetchOptions, publicFetchOptions } from "../cache"
import { storeFetch } from "../config"
import { nullOn404, toBackendError } from "../util/errors"
import { authHeaders } from "./cookies"
import type { LessonQuiz } from "./lesson-quiz"
import type { LessonAttachment } from "./lesson-attachments"

export type CourseLesson = {
  id: string
  title: string
  kind: "video" | "text"
  duration_minutes: number | null
  is_free_preview: boolean
  /** Only for free previews in the outline. */
  body: string | null
  video_url: string | null
}
export type CourseSection = { id: string; title: string; lessons: CourseLesson[] }
export type Course = {
  id: string
  title: string
  handle: string
  description: string | null
  level: "beginner" | "intermediate" | "advanced"
  cover_url: string | null
  product: { id: string; handle: string | null } | null
  lesson_count: number
  duration_minutes: number
  sections: CourseSection[]
}
export type LessonPage = {
  lesson: CourseLesson & {
    section_title: string
    /** The body's Markdown rendered and sanitised by commerce: the only form of it put into the page. */
    body_html: string | null
    /** Downloads, listed for enrolled learners only. */
    attachments?: LessonAttachment[]
  }
  course: { id: string; title: string; handle: string }
  previous_lesson_id: string | null
  next_lesson_id: string | null
  enrollment_id: string | null
  /** The lesson's quiz, without its answers; a lesson with one is completed by passing it. */
  quiz: LessonQuiz | null
}
export type Progress = { completed_lesson_ids: string[]; completed_count: number; lesson_count: number; percent: number; next_lesson_id: string | null }
export type Enrollment = {
  id: string
  status: "active" | "completed" | "revoked"
  enrolled_at: string
  completed_at: string | null
  course: { id: string; title: string; handle: string; cover_url: string | null; level: string }
  progress: Progress
  certificate: { code: string; issued_at: string } | null
}
export type VerifiedCertificate = { code: string; learner_name: string; course_title: string; issued_at: string }

const privateFetch = async () => ({ headers: await authHeaders(), ...privateFetchOptions() })


/** Published courses with their outlines, shared by every visitor and expired by commerce's `courses` tag. */
export async function listCourses(): Promise<Course[]> {
  const { courses } = await storeFetch<{ courses: Course[] }>("/store/courses", {
    query: { limit: 50 },
    ...publicFetchOptions(cacheTags.courses),
  })
  return courses
}

/** One published course by handle, or null. */
export async function retrieveCourse(handle: string): Promise<Course | null> {
  const load = storeFetch<{ course: Course }>(`/store/courses/${encodeURIComponent(handle)}`, publicFetchOptions(cacheTags.courses, cacheTags.course(handle)))
  return (await nullOn404(load))?.course ?? null
}

/** The products the courses are sold as, priced for the region, by product handle. */
export async function listCoursePrices(productHandles: string[], regionId: string): Promise<Map<string, HttpTypes.StoreProduct>> {
  if (!productHandles.length) return new Map()
  const { products } = await storeFetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle: productHandles, region_id: regionId, fields: "id,handle,variants.id,*variants.calculated_price", limit: productHandles.length },
    ...publicFetchOptions(cacheTags.products, ...productHandles.map(cacheTags.product)),
  })
  return new Map(products.map((p) => [p.handle!, p]))
}

/**
 * A lesson in full, for this visitor: commerce answers 401 (signed out) or
 * 403 (not enrolled) for anything but a free preview; those are thrown.
 */
export async function retrieveLesson(handle: string, lessonId: string): Promise<LessonPage | null> {
  return nullOn404(storeFetch<LessonPage>(`/store/courses/${encodeURIComponent(handle)}/lessons/${encodeURIComponent(lessonId)}`, await privateFetch()))
}

/** The signed-in learner's enrollments with progress; commerce checks the token. */
export async function listEnrollments(): Promise<Enrollment[]> {
  const { enrollments } = await storeFetch<{ enrollments: Enrollment[] }>("/store/customers/me/courses", await privateFetch())
  return enrollments
}

/** The learner's own enrollment in a course (revoked ones included), or null. */
export async function retrieveEnrollmentForCourse(handle: string): Promise<Enrollment | null> {
  const enrollments = await listEnrollments()
  return enrollments.find((e) => e.course.handle === handle && e.status !== "revoked") ?? enrollments.find((e) => e.course.handle === handle) ?? null
}

/** Marks a lesson of the learner's own enrollment complete. */
export async function completeLesson(enrollmentId: string, lessonId: string) {
  return storeFetch<{ status: Enrollment["status"]; progress: Progress; certificate_code: string | null }>(
    `/store/customers/me/courses/${encodeURIComponent(enrollmentId)}/lessons/${encodeURIComponent(lessonId)}/complete`,
    { method: "POST", ...(await privateFetch()) }
  )
}

/** A certificate that was issued and then taken back with its enrollment (the course refunded). */
export type RevokedCertificate = { code: string; revoked: true }

/** A certificate's public facts by its code, that it was revoked, or null when there is none. */
export async function verifyCertificate(code: string): Promise<VerifiedCertificate | RevokedCertificate | null> {
  if (!/^[A-Za-z2-9]{16}$/.test(code)) return null
  try {
    const load = storeFetch<{ certificate: VerifiedCertificate }>(`/store/course-certificates/${encodeURIComponent(code)}`, privateFetchOptions())
    return (await nullOn404(load))?.certificate ?? null
  } catch (error) {
    if (toBackendError("commerce", error).status === 410) return { code: code.toUpperCase(), revoked: true }
    throw error
  }
}

/** What the course page shows this visitor: "Continue" for a learner enrolled now, "Buy" otherwise. */
export type CourseAccess = {
  signedIn: boolean
  enrollment: { status: Enrollment["status"]; next_lesson_id: string | null; percent: number } | null
}

/** The visitor's standing in a course, read per request (never cached across visitors); a lapsed session reads as signed out. */
export async function retrieveCourseAccess(handle: string): Promise<CourseAccess> {
  if (!("authorization" in (await authHeaders()))) return { signedIn: false, enrollment: null }
  try {
    const enrollment = await retrieveEnrollmentForCourse(handle)
    return {
      signedIn: true,
      enrollment: enrollment
        ? { status: enrollment.status, next_lesson_id: enrollment.progress.next_lesson_id, percent: enrollment.progress.percent }
        : null,
    }
  } catch (error) {
    if (toBackendError("commerce", error).status === 401) return { signedIn: false, enrollment: null }
    throw error
  }
}

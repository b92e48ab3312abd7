import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import { retrieveCourse, retrieveEnrollmentForCourse, retrieveLesson } from "@/lib/data/courses"
import { toBackendError } from "@/lib/util/errors"
import LessonLocked from "@/modules/courses/templates/lesson-locked"
import LessonView from "@/modules/courses/templates/lesson-view"

// Per learner: never cached across visitors.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { robots: { index: false } }

type Params = Promise<{ countryCode: string; handle: string; lesson: string }>

export default async function LessonPage({ params }: { params: Params }) {
  const { countryCode, handle, lesson: lessonId } = await params
  const course = await retrieveCourse(handle)
  if (!course) notFound()
  const here = `/${countryCode}/learn/${handle}/${lessonId}`
  let page
  try {
    page = await retrieveLesson(handle, lessonId)
  } catch (error) {
    const { status } = toBackendError("commerce", error)
    if (status === 401) redirect(`/${countryCode}/account/login?${new URLSearchParams({ next: here })}`)
    if (status !== 403) throw error
    return <LessonLocked countryCode={countryCode} handle={handle} title={course.title} />
  }
  if (!page) notFound()
  const enrollment = (await getAuthToken()) ? await retrieveEnrollmentForCourse(handle).catch(() => null) : null
  return <LessonView page={page} course={course} enrollment={enrollment} countryCode={countryCode} />
}

import { notFound, redirect } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import { retrieveCourse, retrieveEnrollmentForCourse } from "@/lib/data/courses"

// Sends the learner to their next lesson: per visitor, never cached.
export const dynamic = "force-dynamic"

/** Resumes a course where the learner left off: the first lesson they have not completed. */
export default async function ResumeCourse({ params }: { params: Promise<{ countryCode: string; handle: string }> }) {
  const { countryCode, handle } = await params
  const course = await retrieveCourse(handle)
  if (!course) notFound()
  const first = course.sections[0]?.lessons[0]?.id
  if (!first) notFound()
  const enrollment = (await getAuthToken()) ? await retrieveEnrollmentForCourse(handle) : null
  redirect(`/${countryCode}/learn/${handle}/${enrollment?.progress.next_lesson_id ?? first}`)
}

import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCoursePrices, listCourses } from "@/lib/data/courses"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import { retrieveSiteSettings } from "@/lib/data/site-settings"
import CourseList from "@/modules/courses/templates/course-list"

// Cached for every visitor; commerce expires the `courses` tag when staff change a course.
export const revalidate = 60

export async function generateMetadata(): Promise<Metadata> {
  const { authorName } = await retrieveSiteSettings()
  return { title: "Courses", description: `Online courses by ${authorName}: writing, learning and teaching.` }
}

export default async function CoursesPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) notFound()
  const courses = await listCourses()
  const handles = courses.flatMap((c) => (c.product?.handle ? [c.product.handle] : []))
  const prices = await listCoursePrices(handles, region.id)
  return <CourseList courses={courses} prices={prices} countryCode={countryCode} />
}

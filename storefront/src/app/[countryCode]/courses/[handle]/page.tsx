import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCoursePrices, retrieveCourse } from "@/lib/data/courses"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import CourseDetail from "@/modules/courses/templates/course-detail"

// Rendered on first visit, then cached until commerce expires `course:<handle>` (or its product's tag).
export const revalidate = 60

export function generateStaticParams(): { handle: string }[] {
  return []
}

type Params = Promise<{ countryCode: string; handle: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const course = await retrieveCourse((await params).handle)
  return course ? { title: course.title, description: course.description ?? undefined } : { title: "Course not found" }
}

export default async function CoursePage({ params }: { params: Params }) {
  const { countryCode, handle } = await params
  const [region, course] = await Promise.all([retrieveRegionForCountry(countryCode), retrieveCourse(handle)])
  if (!region || !course) notFound()
  const productHandle = course.product?.handle
  const product = productHandle ? ((await listCoursePrices([productHandle], region.id)).get(productHandle) ?? null) : null
  return <CourseDetail course={course} product={product} countryCode={countryCode} />
}

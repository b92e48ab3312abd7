import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import { listEnrollments } from "@/lib/data/courses"
import MyCourses from "@/modules/courses/templates/my-courses"

export const metadata: Metadata = { title: "Your courses" }

export default async function MyCoursesPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  await requireCustomer(countryCode, `/${countryCode}/account/courses`)
  return <MyCourses enrollments={await listEnrollments()} countryCode={countryCode} />
}

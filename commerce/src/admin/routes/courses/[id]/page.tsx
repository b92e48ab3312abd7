import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { CourseDetailsForm } from "../../../components/courses/course-details-form"
import { CourseEnrollments } from "../../../components/courses/course-enrollments"
import { CourseOutlineEditor } from "../../../components/courses/course-outline-editor"
import { coursesApi, type AdminCourse, type AdminEnrollments } from "../../../lib/courses-api"

/** One course: its details and product, its outline, and its learners. */
const CoursePage = () => {
  const { id } = useParams()
  const [course, setCourse] = useState<AdminCourse | null>(null)
  const [enrollments, setEnrollments] = useState<AdminEnrollments | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    coursesApi<{ course: AdminCourse }>(`/${id}`).then((d) => setCourse(d.course), (e: Error) => setError(e.message))
    coursesApi<AdminEnrollments>(`/${id}/enrollments`).then(setEnrollments, (e: Error) => setError(e.message))
  }, [id])

  if (error) {
    return (
      <Container>
        <Text role="alert">{error}</Text>
      </Container>
    )
  }
  if (!course) return <Container>Loading…</Container>
  return (
    <div className="flex flex-col gap-3">
      <Container>
        <Link to="/courses">← Courses</Link>
        <Heading level="h1">{course.title}</Heading>
      </Container>
      <CourseDetailsForm key={course.id + course.handle} course={course} onSaved={setCourse} />
      <CourseOutlineEditor course={course} onChange={setCourse} />
      {enrollments && <CourseEnrollments data={enrollments} />}
    </div>
  )
}

export default CoursePage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { AcademicCap } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { Link, useNavigate } from "react-router-dom"
import { coursesApi } from "../../lib/courses-api"

type Row = { id: string; title: string; handle: string; status: string; level: string; lesson_count: number; product: { title?: string } | null }

/** Every course, drafts included, and a form to start a new one. */
const CoursesPage = () => {
  const [courses, setCourses] = useState<Row[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [title, setTitle] = useState("")
  const [handle, setHandle] = useState("")
  const navigate = useNavigate()

  useEffect(() => {
    coursesApi<{ courses: Row[] }>("").then((d) => setCourses(d.courses), (e: Error) => setError(e.message))
  }, [])

  const create = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      const { course } = await coursesApi<{ course: { id: string } }>("", { method: "POST", body: { title, handle } })
      navigate(`/courses/${course.id}`)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Courses</Heading>
        <Text className="text-ui-fg-subtle">Courses are sold as products; a paid order enrols its buyer.</Text>
      </div>
      <form onSubmit={create} className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div>
          <Label htmlFor="course-title">Title</Label>
          <Input id="course-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
        </div>
        <div>
          <Label htmlFor="course-handle">Handle</Label>
          <Input id="course-handle" value={handle} onChange={(e) => setHandle(e.target.value)} placeholder="writing-your-first-book" required />
        </div>
        <Button type="submit">Create course</Button>
      </form>
      {error && (
        <Text className="px-6 py-3 text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Course</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Lessons</Table.HeaderCell>
            <Table.HeaderCell>Sold as</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(courses ?? []).map((course) => (
            <Table.Row key={course.id}>
              <Table.Cell>
                <Link to={`/courses/${course.id}`}>{course.title}</Link>
              </Table.Cell>
              <Table.Cell>
                <Badge color={course.status === "published" ? "green" : "grey"}>{course.status}</Badge>
              </Table.Cell>
              <Table.Cell>{course.lesson_count}</Table.Cell>
              <Table.Cell>{course.product?.title ?? "—"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Courses", icon: AcademicCap })

export default CoursesPage

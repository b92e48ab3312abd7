import { Badge, Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { coursesApi, type AdminCourse, type AdminSection } from "../../lib/courses-api"
import { LessonForm } from "./lesson-form"
import { LessonQuizEditor } from "./lesson-quiz-editor"

type Props = { course: AdminCourse; onChange: (course: AdminCourse) => void }

/** Sections and their lessons: add, rename or edit, remove, and move lessons up or down. */
export const CourseOutlineEditor = ({ course, onChange }: Props) => {
  const [sectionTitle, setSectionTitle] = useState("")
  const [editing, setEditing] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const call = async (path: string, method: string, body?: unknown) => {
    setError(null)
    try {
      const data = await coursesApi<{ course?: AdminCourse }>(path, { method, body })
      onChange(data.course ?? (await coursesApi<{ course: AdminCourse }>(`/${course.id}`)).course)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const move = (section: AdminSection, index: number, by: number) => {
    const ids = section.lessons.map((l) => l.id)
    const [moved] = ids.splice(index, 1)
    ids.splice(index + by, 0, moved)
    return call(`/${course.id}/sections/${section.id}/lesson-order`, "POST", { lesson_ids: ids })
  }

  return (
    <Container className="flex flex-col gap-4">
      <Heading level="h2">Outline</Heading>
      {error && (
        <Text className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
      {course.sections.map((section) => (
        <section key={section.id} className="flex flex-col gap-2">
          <div className="flex items-center justify-between">
            <form
              className="flex items-center gap-2"
              onSubmit={(e) => {
                e.preventDefault()
                const title = String(new FormData(e.currentTarget).get("title") ?? "")
                call(`/${course.id}/sections/${section.id}`, "POST", { title })
              }}
            >
              <Input key={section.title} name="title" aria-label="Section title" defaultValue={section.title} required />
              <Button size="small" variant="secondary" type="submit">
                Rename
              </Button>
            </form>
            <Button size="small" variant="danger" onClick={() => call(`/${course.id}/sections/${section.id}`, "DELETE")}>
              Remove section
            </Button>
          </div>
          <ol className="flex flex-col gap-1">
            {section.lessons.map((lesson, i) => (
              <li key={lesson.id} className="flex flex-wrap items-center gap-2">
                <Text>{lesson.title}</Text>
                <Badge size="2xsmall">{lesson.kind}</Badge>
                {lesson.is_free_preview && <Badge size="2xsmall" color="blue">free preview</Badge>}
                <Button size="small" variant="transparent" disabled={i === 0} onClick={() => move(section, i, -1)} aria-label={`Move ${lesson.title} up`}>
                  ↑
                </Button>
                <Button size="small" variant="transparent" disabled={i === section.lessons.length - 1} onClick={() => move(section, i, 1)} aria-label={`Move ${lesson.title} down`}>
                  ↓
                </Button>
                <Button size="small" variant="transparent" onClick={() => setEditing(editing === lesson.id ? null : lesson.id)}>
                  {editing === lesson.id ? "Close" : "Edit"}
                </Button>
                <Button size="small" variant="transparent" onClick={() => call(`/${course.id}/lessons/${lesson.id}`, "DELETE")}>
                  Remove
                </Button>
                {editing === lesson.id && (
                  <LessonForm
                    course={course}
                    sectionId={section.id}
                    lesson={lesson}
                    onSaved={(saved) => {
                      setEditing(null)
                      onChange(saved)
                    }}
                    fail={setError}
                  />
                )}
                {editing === lesson.id && <LessonQuizEditor courseId={course.id} lessonId={lesson.id} />}
              </li>
            ))}
          </ol>
          <LessonForm course={course} sectionId={section.id} onSaved={onChange} fail={setError} />
        </section>
      ))}
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          call(`/${course.id}/sections`, "POST", { title: sectionTitle }).then(() => setSectionTitle(""))
        }}
      >
        <Input aria-label="Section title" placeholder="New section title" value={sectionTitle} onChange={(e) => setSectionTitle(e.target.value)} required />
        <Button size="small" type="submit">
          Add section
        </Button>
      </form>
    </Container>
  )
}

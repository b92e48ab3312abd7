import { Button, Checkbox, Input, Label } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { coursesApi, type AdminCourse, type AdminLesson } from "../../lib/courses-api"
import { LessonAttachments } from "./lesson-attachments"
import { LessonBodyEditor } from "./lesson-body-editor"

type Props = {
  course: AdminCourse
  sectionId: string
  /** The lesson to edit; without it the form adds a lesson to the section. */
  lesson?: AdminLesson
  onSaved: (course: AdminCourse) => void
  fail: (message: string) => void
}

const blank = { title: "", video_url: "", body: "", duration_minutes: "", is_free_preview: false }

/** A lesson's title, video or text, duration and free-preview flag: a new lesson, or changes to one. */
export const LessonForm = ({ course, sectionId, lesson, onSaved, fail }: Props) => {
  const initial = lesson
    ? {
        title: lesson.title,
        video_url: lesson.video_url ?? "",
        body: lesson.body ?? "",
        duration_minutes: lesson.duration_minutes === null ? "" : String(lesson.duration_minutes),
        is_free_preview: lesson.is_free_preview,
      }
    : blank
  const [form, setForm] = useState(initial)
  const save = async (event: FormEvent) => {
    event.preventDefault()
    const fields = {
      title: form.title,
      kind: form.video_url ? "video" : "text",
      body: form.body || null,
      video_url: form.video_url || null,
      duration_minutes: form.duration_minutes === "" ? null : Number(form.duration_minutes),
      is_free_preview: form.is_free_preview,
    }
    try {
      const { course: saved } = await coursesApi<{ course: AdminCourse }>(lesson ? `/${course.id}/lessons/${lesson.id}` : `/${course.id}/lessons`, {
        method: "POST",
        body: lesson ? fields : { section_id: sectionId, ...fields },
      })
      if (!lesson) setForm(blank)
      onSaved(saved)
    } catch (e) {
      fail((e as Error).message)
    }
  }
  const set = (field: keyof typeof blank) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value })
  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-2">
      <Input aria-label="Lesson title" placeholder="Lesson title" value={form.title} onChange={set("title")} required />
      <Input aria-label="Video URL" placeholder="Video URL (optional)" value={form.video_url} onChange={set("video_url")} />
      <Input aria-label="Minutes" placeholder="Minutes" type="number" min={0} max={1440} value={form.duration_minutes} onChange={set("duration_minutes")} className="w-24" />
      <Label className="flex items-center gap-1">
        <Checkbox checked={form.is_free_preview} onCheckedChange={(v) => setForm({ ...form, is_free_preview: v === true })} /> Free preview
      </Label>
      <Button size="small" variant="secondary" type="submit">
        {lesson ? "Save lesson" : "Add lesson"}
      </Button>
      <LessonBodyEditor value={form.body} onChange={(body) => setForm({ ...form, body })} rows={lesson ? 12 : 3} />
      {lesson && <LessonAttachments courseId={course.id} lessonId={lesson.id} />}
    </form>
  )
}

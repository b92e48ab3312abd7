/** A course with its outline as Query returns it (sections and lessons in any order). */
export type OutlineLesson = {
  id: string
  title: string
  kind: "video" | "text"
  body?: string | null
  video_url?: string | null
  duration_minutes?: number | null
  is_free_preview: boolean
  rank: number
}
export type OutlineSection = { id: string; title: string; rank: number; lessons?: (OutlineLesson | null)[] | null }
export type OutlineCourse = {
  id: string
  title: string
  handle: string
  description?: string | null
  level: string
  cover_url?: string | null
  status: string
  sections?: (OutlineSection | null)[] | null
  product?: { id: string; handle?: string | null } | null
}

/** The Query fields of a course with its outline and product. */
export const COURSE_OUTLINE_FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "level",
  "cover_url",
  "status",
  "sections.id",
  "sections.title",
  "sections.rank",
  "sections.lessons.*",
  "product.id",
  "product.handle",
]

const byRank = <T extends { rank: number; id: string }>(a: T, b: T) => a.rank - b.rank || a.id.localeCompare(b.id)

/** Sections and lessons in the learner's order. */
export function orderedSections(course: OutlineCourse): (Omit<OutlineSection, "lessons"> & { lessons: OutlineLesson[] })[] {
  return (course.sections ?? [])
    .filter((s): s is OutlineSection => !!s)
    .sort(byRank)
    .map((section) => ({
      ...section,
      lessons: (section.lessons ?? []).filter((l): l is OutlineLesson => !!l).sort(byRank),
    }))
}

/** Every lesson id of the course, in order. */
export const lessonIdsInOrder = (course: OutlineCourse) => orderedSections(course).flatMap((s) => s.lessons.map((l) => l.id))

/**
 * What anyone may see of a course: the outline, with a lesson's body and
 * video only when it is a free preview.
 */
export function publicCourse(course: OutlineCourse) {
  const sections = orderedSections(course).map((section) => ({
    id: section.id,
    title: section.title,
    rank: section.rank,
    lessons: section.lessons.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      kind: lesson.kind,
      duration_minutes: lesson.duration_minutes ?? null,
      is_free_preview: lesson.is_free_preview,
      rank: lesson.rank,
      body: lesson.is_free_preview ? lesson.body ?? null : null,
      video_url: lesson.is_free_preview ? lesson.video_url ?? null : null,
    })),
  }))
  const lessons = sections.flatMap((s) => s.lessons)
  return {
    id: course.id,
    title: course.title,
    handle: course.handle,
    description: course.description ?? null,
    level: course.level,
    cover_url: course.cover_url ?? null,
    product: course.product ? { id: course.product.id, handle: course.product.handle ?? null } : null,
    lesson_count: lessons.length,
    duration_minutes: lessons.reduce((sum, l) => sum + (l.duration_minutes ?? 0), 0),
    sections,
  }
}

/** How far a learner is: completed lessons that still exist, the percentage, and where to resume. */
export function progressOf(lessonIds: string[], completedLessonIds: Iterable<string>) {
  const done = new Set(completedLessonIds)
  const completed = lessonIds.filter((id) => done.has(id))
  return {
    completed_lesson_ids: completed,
    completed_count: completed.length,
    lesson_count: lessonIds.length,
    percent: lessonIds.length ? Math.floor((completed.length * 100) / lessonIds.length) : 0,
    // Resume at the first lesson not yet done; once all are done, at the first.
    next_lesson_id: lessonIds.find((id) => !done.has(id)) ?? lessonIds[0] ?? null,
  }
}

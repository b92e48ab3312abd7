import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"

export const changeCourseOutlineStepId = "change-course-outline"

type SectionData = { title?: string; rank?: number }
type LessonData = {
  section_id?: string
  title?: string
  kind?: "video" | "text"
  body?: string | null
  video_url?: string | null
  duration_minutes?: number | null
  is_free_preview?: boolean
  rank?: number
}

export type OutlineChange =
  | { action: "create-section"; data: SectionData & { title: string } }
  | { action: "update-section"; id: string; data: SectionData }
  | { action: "delete-section"; id: string }
  | { action: "create-lesson"; data: LessonData & { section_id: string; title: string } }
  | { action: "update-lesson"; id: string; data: LessonData }
  | { action: "delete-lesson"; id: string }
  | { action: "reorder-lessons"; section_id: string; lesson_ids: string[] }

type Undo =
  | { kind: "delete-section" | "delete-lesson" | "restore-section" | "restore-lesson"; id: string }
  | { kind: "update-sections"; rows: Record<string, unknown>[] }
  | { kind: "update-lessons"; rows: Record<string, unknown>[] }

const LESSON_FIELDS = ["id", "section_id", "title", "kind", "body", "video_url", "duration_minutes", "is_free_preview", "rank"]

/**
 * One change to a course's outline. Every section and lesson named must
 * belong to the course (404 otherwise), so staff can never reach into
 * another course by id. Compensation undoes the change: creations deleted,
 * updates and reorders restored, deletions (soft) restored.
 */
export const changeCourseOutlineStep = createStep(
  changeCourseOutlineStepId,
  async ({ course_id, change }: { course_id: string; change: OutlineChange }, { container }) => {
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const sections = await courses.listCourseSections({ course_id }, { select: ["id", "rank", "title"] })
    const sectionIds = sections.map((s) => s.id)
    const ownSection = (id: string) => {
      if (!sectionIds.includes(id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No section ${id} in course ${course_id}`)
    }
    const ownLesson = async (id: string) => {
      const [lesson] = sectionIds.length ? await courses.listCourseLessons({ id, section_id: sectionIds }, { select: LESSON_FIELDS }) : []
      if (!lesson) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lesson ${id} in course ${course_id}`)
      return lesson
    }
    const nextRank = (ranks: number[]) => (ranks.length ? Math.max(...ranks) + 1 : 0)

    switch (change.action) {
      case "create-section": {
        const section = await courses.createCourseSections({ course_id, rank: nextRank(sections.map((s) => s.rank)), ...change.data })
        return new StepResponse({ id: section.id }, { kind: "delete-section", id: section.id } as Undo)
      }
      case "update-section": {
        ownSection(change.id)
        const before = sections.find((s) => s.id === change.id)!
        await courses.updateCourseSections({ id: change.id, ...change.data })
        return new StepResponse({ id: change.id }, { kind: "update-sections", rows: [{ ...before }] } as Undo)
      }
      case "delete-section": {
        ownSection(change.id)
        await courses.softDeleteCourseSections(change.id)
        return new StepResponse({ id: change.id }, { kind: "restore-section", id: change.id } as Undo)
      }
      case "create-lesson": {
        ownSection(change.data.section_id)
        const siblings = await courses.listCourseLessons({ section_id: change.data.section_id }, { select: ["rank"] })
        const lesson = await courses.createCourseLessons({ rank: nextRank(siblings.map((l) => l.rank)), ...change.data })
        return new StepResponse({ id: lesson.id }, { kind: "delete-lesson", id: lesson.id } as Undo)
      }
      case "update-lesson": {
        const before = await ownLesson(change.id)
        if (change.data.section_id) ownSection(change.data.section_id)
        await courses.updateCourseLessons({ id: change.id, ...change.data })
        return new StepResponse({ id: change.id }, { kind: "update-lessons", rows: [{ ...before }] } as Undo)
      }
      case "delete-lesson": {
        await ownLesson(change.id)
        await courses.softDeleteCourseLessons(change.id)
        return new StepResponse({ id: change.id }, { kind: "restore-lesson", id: change.id } as Undo)
      }
      case "reorder-lessons": {
        ownSection(change.section_id)
        const lessons = await courses.listCourseLessons({ section_id: change.section_id }, { select: ["id", "rank"] })
        const current = new Set(lessons.map((l) => l.id))
        if (lessons.length !== change.lesson_ids.length || change.lesson_ids.some((id) => !current.has(id))) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `lesson_ids must list every lesson of section ${change.section_id} exactly once`)
        }
        await courses.updateCourseLessons(change.lesson_ids.map((id, rank) => ({ id, rank })))
        return new StepResponse({ id: change.section_id }, { kind: "update-lessons", rows: lessons.map((l) => ({ ...l })) } as Undo)
      }
    }
  },
  async (undo, { container }) => {
    if (!undo) return
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    if (undo.kind === "delete-section") await courses.deleteCourseSections(undo.id)
    else if (undo.kind === "delete-lesson") await courses.deleteCourseLessons(undo.id)
    else if (undo.kind === "restore-section") await courses.restoreCourseSections(undo.id)
    else if (undo.kind === "restore-lesson") await courses.restoreCourseLessons(undo.id)
    // The rows were read from these tables just before the change, so they fit them.
    else if (undo.kind === "update-sections") await courses.updateCourseSections(undo.rows as { id: string }[])
    else if (undo.kind === "update-lessons") await courses.updateCourseLessons(undo.rows as { id: string }[])
  }
)

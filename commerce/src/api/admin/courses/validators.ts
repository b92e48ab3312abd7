import { z } from "@medusajs/framework/zod"
import { HANDLE } from "../../store/courses/validators"

/** An http(s) address; each refusal names the field (`video_url must be an http(s) URL`). */
const httpsUrl = (field: string) =>
  z.string().url(`${field} must be an http(s) URL`).refine((u) => /^https?:\/\//.test(u), `${field} must be an http(s) URL`)

const courseFields = {
  title: z.string().trim().min(1).max(200),
  handle: z.string().regex(HANDLE, "handle must be lowercase words joined by hyphens, e.g. writing-your-first-book"),
  description: z.string().max(5000).nullish(),
  level: z.enum(["beginner", "intermediate", "advanced"]).optional(),
  cover_url: httpsUrl("cover_url").nullish(),
  status: z.enum(["draft", "published"]).optional(),
}

export const AdminCreateCourse = z.object({ ...courseFields, product_id: z.string().min(1).nullish() }).strict()
export type AdminCreateCourseType = z.infer<typeof AdminCreateCourse>

export const AdminUpdateCourse = z
  .object({
    title: courseFields.title.optional(),
    handle: courseFields.handle.optional(),
    description: courseFields.description,
    level: courseFields.level,
    cover_url: courseFields.cover_url,
    status: courseFields.status,
    /** A product id links (or relinks) the course to it; null unlinks. */
    product_id: z.string().min(1).nullable().optional(),
  })
  .strict()
export type AdminUpdateCourseType = z.infer<typeof AdminUpdateCourse>

export const AdminCreateCourseSection = z.object({ title: z.string().trim().min(1).max(200), rank: z.number().int().min(0).optional() }).strict()
export type AdminCreateCourseSectionType = z.infer<typeof AdminCreateCourseSection>
export const AdminUpdateCourseSection = AdminCreateCourseSection.partial().strict()
export type AdminUpdateCourseSectionType = z.infer<typeof AdminUpdateCourseSection>

const lessonFields = {
  title: z.string().trim().min(1).max(200),
  kind: z.enum(["video", "text"]),
  body: z.string().max(100_000).nullish(),
  video_url: httpsUrl("video_url").nullish(),
  duration_minutes: z.number().int().min(0).max(24 * 60).nullish(),
  is_free_preview: z.boolean().optional(),
  rank: z.number().int().min(0).optional(),
}

export const AdminCreateCourseLesson = z
  .object({ section_id: z.string().min(1), ...lessonFields, kind: lessonFields.kind.default("text") })
  .strict()
  .refine((l) => l.kind !== "video" || !!l.video_url, { message: "a video lesson needs a video_url", path: ["video_url"] })
export type AdminCreateCourseLessonType = z.infer<typeof AdminCreateCourseLesson>

export const AdminUpdateCourseLesson = z
  .object({
    section_id: z.string().min(1).optional(),
    title: lessonFields.title.optional(),
    kind: lessonFields.kind.optional(),
    body: lessonFields.body,
    video_url: lessonFields.video_url,
    duration_minutes: lessonFields.duration_minutes,
    is_free_preview: lessonFields.is_free_preview,
    rank: lessonFields.rank,
  })
  .strict()
export type AdminUpdateCourseLessonType = z.infer<typeof AdminUpdateCourseLesson>

export const AdminReorderCourseLessons = z
  .object({ lesson_ids: z.array(z.string().min(1)).min(1).max(500) })
  .strict()
  .refine((b) => new Set(b.lesson_ids).size === b.lesson_ids.length, { message: "lesson_ids must not repeat", path: ["lesson_ids"] })
export type AdminReorderCourseLessonsType = z.infer<typeof AdminReorderCourseLessons>

export const AdminListCoursesParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    product_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminListCoursesParamsType = z.infer<typeof AdminListCoursesParams>

export const AdminCourseEnrollmentsParams = z
  .object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) })
  .strict()
export type AdminCourseEnrollmentsParamsType = z.infer<typeof AdminCourseEnrollmentsParams>

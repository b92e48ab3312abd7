import { model } from "@medusajs/framework/utils"
import CourseSection from "./course-section"
import LessonAttachment from "./lesson-attachment"

/**
 * One lesson: a video (with `video_url`) or a text (its `body`). `rank`
 * orders the lessons of a section; free previews are readable by anyone.
 */
const CourseLesson = model
  .define("course_lesson", {
    id: model.id({ prefix: "les" }).primaryKey(),
    title: model.text(),
    kind: model.enum(["video", "text"]).default("text"),
    body: model.text().nullable(),
    video_url: model.text().nullable(),
    duration_minutes: model.number().nullable(),
    is_free_preview: model.boolean().default(false),
    rank: model.number().default(0),
    section: model.belongsTo(() => CourseSection, { mappedBy: "lessons" }),
    attachments: model.hasMany(() => LessonAttachment, { mappedBy: "lesson" }),
  })
  .cascades({ delete: ["attachments"] })
  .checks([
    { name: "course_lesson_rank_positive", expression: (c) => `${c.rank} >= 0` },
    { name: "course_lesson_duration_positive", expression: (c) => `${c.duration_minutes} IS NULL OR ${c.duration_minutes} >= 0` },
  ])

export default CourseLesson

import { model } from "@medusajs/framework/utils"
import CourseLesson from "./course-lesson"

/**
 * A downloadable file of a lesson (worksheet, slides). `file_key` names the
 * private file in the file provider; only enrolled learners get a link to it.
 * `rank` orders a lesson's attachments.
 */
const LessonAttachment = model
  .define("lesson_attachment", {
    id: model.id({ prefix: "latt" }).primaryKey(),
    file_key: model.text(),
    filename: model.text(),
    mime_type: model.text(),
    size_bytes: model.number(),
    rank: model.number().default(0),
    lesson: model.belongsTo(() => CourseLesson, { mappedBy: "attachments" }),
  })
  .indexes([{ on: ["file_key"], unique: true }])
  .checks([
    { name: "lesson_attachment_rank_positive", expression: (c) => `${c.rank} >= 0` },
    { name: "lesson_attachment_size_positive", expression: (c) => `${c.size_bytes} >= 0` },
  ])

export default LessonAttachment

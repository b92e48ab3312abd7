import { model } from "@medusajs/framework/utils"
import Enrollment from "./enrollment"

/** A lesson the learner completed, once per enrollment and lesson. */
const LessonProgress = model
  .define("lesson_progress", {
    id: model.id({ prefix: "lprg" }).primaryKey(),
    lesson_id: model.text(),
    completed_at: model.dateTime(),
    enrollment: model.belongsTo(() => Enrollment, { mappedBy: "progress" }),
  })
  .indexes([{ on: ["enrollment_id", "lesson_id"], unique: true }])

export default LessonProgress

import { model } from "@medusajs/framework/utils"
import Enrollment from "./enrollment"

/**
 * Proof that a learner finished a course, one per enrollment. The public
 * `code` verifies it; the name and title are kept as issued.
 */
const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    code: model.text(),
    learner_name: model.text(),
    course_title: model.text(),
    issued_at: model.dateTime(),
    file_key: model.text().nullable(),
    enrollment: model.belongsTo(() => Enrollment, { mappedBy: "certificate" }),
  })
  .indexes([
    { on: ["code"], unique: true },
    { on: ["enrollment_id"], unique: true },
  ])

export default Certificate

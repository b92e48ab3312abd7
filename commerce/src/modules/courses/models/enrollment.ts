import { model } from "@medusajs/framework/utils"
import Certificate from "./certificate"
import Course from "./course"
import LessonProgress from "./lesson-progress"

/**
 * A customer's right to take a course, bought with one order line. Unique
 * per line item, so replaying the order's event can never enrol twice.
 */
const Enrollment = model
  .define("enrollment", {
    id: model.id({ prefix: "enr" }).primaryKey(),
    customer_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    status: model.enum(["active", "revoked", "completed"]).default("active"),
    enrolled_at: model.dateTime(),
    completed_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    course: model.belongsTo(() => Course, { mappedBy: "enrollments" }),
    progress: model.hasMany(() => LessonProgress, { mappedBy: "enrollment" }),
    certificate: model.hasOne(() => Certificate, { mappedBy: "enrollment" }).nullable(),
  })
  .cascades({ delete: ["progress"] })
  .indexes([
    { on: ["line_item_id"], unique: true },
    { on: ["customer_id"] },
    { on: ["order_id"] },
  ])

export default Enrollment

import { model } from "@medusajs/framework/utils"
import CourseSection from "./course-section"
import Enrollment from "./enrollment"

/** A course the author sells (as a product, through a link) and learners take. */
const Course = model
  .define("course", {
    id: model.id({ prefix: "crs" }).primaryKey(),
    title: model.text().searchable(),
    handle: model.text(),
    description: model.text().nullable(),
    level: model.enum(["beginner", "intermediate", "advanced"]).default("beginner"),
    cover_url: model.text().nullable(),
    status: model.enum(["draft", "published"]).default("draft"),
    sections: model.hasMany(() => CourseSection, { mappedBy: "course" }),
    enrollments: model.hasMany(() => Enrollment, { mappedBy: "course" }),
  })
  .cascades({ delete: ["sections"] })
  .indexes([
    { on: ["handle"], unique: true },
    { on: ["status"] },
  ])
  .checks([{ name: "course_handle_format", expression: (c) => `${c.handle} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'` }])

export default Course

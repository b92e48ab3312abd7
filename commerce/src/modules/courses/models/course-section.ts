import { model } from "@medusajs/framework/utils"
import Course from "./course"
import CourseLesson from "./course-lesson"

/** A titled group of lessons; `rank` orders the sections of a course. */
const CourseSection = model
  .define("course_section", {
    id: model.id({ prefix: "csec" }).primaryKey(),
    title: model.text(),
    rank: model.number().default(0),
    course: model.belongsTo(() => Course, { mappedBy: "sections" }),
    lessons: model.hasMany(() => CourseLesson, { mappedBy: "section" }),
  })
  .cascades({ delete: ["lessons"] })
  .checks([{ name: "course_section_rank_positive", expression: (c) => `${c.rank} >= 0` }])

export default CourseSection

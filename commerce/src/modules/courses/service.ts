import { MedusaService } from "@medusajs/framework/utils"
import Certificate from "./models/certificate"
import Course from "./models/course"
import CourseLesson from "./models/course-lesson"
import CourseSection from "./models/course-section"
import Enrollment from "./models/enrollment"
import LessonAttachment from "./models/lesson-attachment"
import LessonProgress from "./models/lesson-progress"

/** Courses, their outline, enrollments, progress and certificates; the generated methods suffice. */
export default class CoursesModuleService extends MedusaService({
  Course,
  CourseSection,
  CourseLesson,
  LessonAttachment,
  Enrollment,
  LessonProgress,
  Certificate,
}) {}

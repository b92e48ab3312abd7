import { MedusaService } from "@medusajs/framework/utils"
import Certificate from "./models/certificate"
import Course from "./models/course"
import CourseLesson from "./models/course-lesson"
import CourseSection from "./models/course-section"
import Enrollment from "./models/enrollment"
import LessonAttachment from "./models/lesson-attachment"
import LessonProgress from "./models/lesson-progress"
import LessonQuiz from "./models/lesson-quiz"
import QuizAttempt from "./models/quiz-attempt"

/** Courses, their outline, enrollments, progress and certificates; the generated methods suffice. */
export default class CoursesModuleService extends MedusaService({
  Course,
  CourseSection,
  CourseLesson,
  LessonAttachment,
  Enrollment,
  LessonProgress,
  Certificate,
  // "Quiz" pluralises differently in Medusa's types and at runtime: this name agrees in both.
  LessonQuizDefinition: LessonQuiz,
  QuizAttempt,
}) {}

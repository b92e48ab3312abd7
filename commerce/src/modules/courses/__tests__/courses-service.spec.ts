import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COURSES_MODULE } from ".."
import Certificate from "../models/certificate"
import Course from "../models/course"
import CourseLesson from "../models/course-lesson"
import CourseSection from "../models/course-section"
import Enrollment from "../models/enrollment"
import LessonAttachment from "../models/lesson-attachment"
import LessonProgress from "../models/lesson-progress"
import LessonQuiz from "../models/lesson-quiz"
import QuizAttempt from "../models/quiz-attempt"
import type CoursesModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<CoursesModuleService>({
  moduleName: COURSES_MODULE,
  moduleModels: [Course, CourseSection, CourseLesson, LessonAttachment, Enrollment, LessonProgress, Certificate, LessonQuiz, QuizAttempt],
  resolve: "./src/modules/courses",
  testSuite: ({ service }) => {
    const newCourse = async (handle = "write-a-book") => {
      const course = await service.createCourses({ title: "Write a book", handle })
      const section = await service.createCourseSections({ course_id: course.id, title: "Start", rank: 0 })
      const lesson = await service.createCourseLessons({ section_id: section.id, title: "One", kind: "text", body: "Begin." })
      return { course, section, lesson }
    }
    const enrol = (courseId: string, lineItemId = "ordli_1") =>
      service.createEnrollments({ course_id: courseId, customer_id: "cus_1", order_id: "order_1", line_item_id: lineItemId, enrolled_at: new Date() })

    it("creates a course as a beginner's draft, with its outline", async () => {
      const { course } = await newCourse()
      const [found] = await service.listCourses({ id: course.id }, { relations: ["sections", "sections.lessons"] })
      expect(found).toMatchObject({ status: "draft", level: "beginner", sections: [{ title: "Start", lessons: [{ title: "One", is_free_preview: false }] }] })
    })

    it("refuses a second course with the same handle, and a handle that is not lowercase words joined by hyphens", async () => {
      await newCourse("same-handle")
      await expect(service.createCourses({ title: "Again", handle: "same-handle" })).rejects.toThrow(/already exists/)
      await expect(service.createCourses({ title: "Bad", handle: "Bad Handle" })).rejects.toThrow()
    })

    it("refuses a negative lesson rank or duration", async () => {
      const { section } = await newCourse()
      await expect(service.createCourseLessons({ section_id: section.id, title: "x", rank: -1 })).rejects.toThrow()
      await expect(service.createCourseLessons({ section_id: section.id, title: "x", duration_minutes: -5 })).rejects.toThrow()
    })

    it("enrols once per order line", async () => {
      const { course } = await newCourse()
      await enrol(course.id)
      await expect(enrol(course.id)).rejects.toThrow(/already exists/)
      expect(await service.listEnrollments({ course_id: course.id })).toHaveLength(1)
      await enrol(course.id, "ordli_2")
      expect(await service.listEnrollments({ course_id: course.id })).toHaveLength(2)
    })

    it("records a lesson once per enrollment, and one certificate per enrollment with a unique code", async () => {
      const { course, lesson } = await newCourse()
      const enrollment = await enrol(course.id)
      await service.createLessonProgresses({ enrollment_id: enrollment.id, lesson_id: lesson.id, completed_at: new Date() })
      await expect(
        service.createLessonProgresses({ enrollment_id: enrollment.id, lesson_id: lesson.id, completed_at: new Date() })
      ).rejects.toThrow(/already exists/)
      const certificate = { learner_name: "Ada", course_title: "Write a book", issued_at: new Date() }
      await service.createCertificates({ ...certificate, enrollment_id: enrollment.id, code: "AAAABBBBCCCCDDDD" })
      await expect(service.createCertificates({ ...certificate, enrollment_id: enrollment.id, code: "EEEEFFFFGGGGHHHH" })).rejects.toThrow(/already exists/)
      const other = await enrol(course.id, "ordli_9")
      await expect(service.createCertificates({ ...certificate, enrollment_id: other.id, code: "AAAABBBBCCCCDDDD" })).rejects.toThrow(/already exists/)
    })

    it("deletes a section with its lessons", async () => {
      const { section, lesson } = await newCourse()
      await service.deleteCourseSections(section.id)
      expect(await service.listCourseLessons({ id: lesson.id })).toEqual([])
    })
  },
})

import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCourseEnrollmentsParams,
  AdminCreateCourse,
  AdminCreateCourseLesson,
  AdminCreateCourseSection,
  AdminListCoursesParams,
  AdminReorderCourseLessons,
  AdminUpdateCourse,
  AdminUpdateCourseLesson,
  AdminUpdateCourseSection,
} from "./admin/courses/validators"
import { AdminReplaceLessonQuiz } from "./admin/courses/quiz-validators"
import { StoreSubmitLessonQuiz } from "./store/courses/quiz-validators"
import { StoreListCoursesParams } from "./store/courses/validators"
import { limitQuizAttempts } from "../lib/rate-limit/course-limits"

const customer = authenticate("customer", ["session", "bearer"])

/** Validation and authentication of the course routes (store and admin). */
export const coursesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/courses", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListCoursesParams, {})] },
  {
    matcher: "/store/courses/:handle/lessons/:lessonId",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  { matcher: "/store/customers/me/courses*", middlewares: [customer] },
  {
    matcher: "/store/customers/me/courses/:enrollmentId/lessons/:lessonId/quiz",
    methods: ["POST"],
    middlewares: [limitQuizAttempts, validateAndTransformBody(StoreSubmitLessonQuiz)],
  },
  { matcher: "/admin/courses", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListCoursesParams, {})] },
  { matcher: "/admin/courses", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCourse)] },
  { matcher: "/admin/courses/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCourse)] },
  { matcher: "/admin/courses/:id/sections", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCourseSection)] },
  {
    matcher: "/admin/courses/:id/sections/:sectionId",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCourseSection)],
  },
  {
    matcher: "/admin/courses/:id/sections/:sectionId/lesson-order",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReorderCourseLessons)],
  },
  { matcher: "/admin/courses/:id/lessons", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCourseLesson)] },
  {
    matcher: "/admin/courses/:id/lessons/:lessonId",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCourseLesson)],
  },
  {
    matcher: "/admin/courses/:id/lessons/:lessonId/quiz",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReplaceLessonQuiz)],
  },
  {
    matcher: "/admin/courses/:id/enrollments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminCourseEnrollmentsParams, {})],
  },
]

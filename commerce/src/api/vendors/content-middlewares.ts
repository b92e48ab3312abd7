import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateCourseLesson,
  AdminCreateCourseSection,
  AdminReorderCourseLessons,
  AdminUpdateCourseLesson,
  AdminUpdateCourseSection,
} from "../admin/courses/validators"
import { VendorUploadEbookParams } from "./me/products/content-validators"

const course = "/vendors/me/products/:id/course"

/**
 * A vendor's ebook files and course content, checked with staff's own
 * validators. The vendor actor is authenticated by the vendor middlewares
 * (`/vendors/me/*`); every route reads the vendor from the token.
 */
export const vendorContentMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/me/products/:id/ebook-file",
    methods: ["POST"],
    // The body is the file: no parser reads it, the route streams it to the file module.
    bodyParser: false,
    middlewares: [validateAndTransformQuery(VendorUploadEbookParams, {})],
  },
  { matcher: `${course}/sections`, methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCourseSection)] },
  { matcher: `${course}/sections/:sectionId`, methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCourseSection)] },
  { matcher: `${course}/sections/:sectionId/lesson-order`, methods: ["POST"], middlewares: [validateAndTransformBody(AdminReorderCourseLessons)] },
  { matcher: `${course}/lessons`, methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCourseLesson)] },
  { matcher: `${course}/lessons/:lessonId`, methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCourseLesson)] },
]

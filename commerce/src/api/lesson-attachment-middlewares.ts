import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminPreviewLessonBody, AdminUpdateLessonAttachment, AdminUploadLessonAttachmentParams } from "./admin/courses/attachment-validators"

/**
 * Lesson attachments and the lesson editor's preview. Staff routes are /admin (Medusa authenticates a user);
 * the learner's link route is under /store/customers/me/courses, which the
 * courses middlewares authenticate as a customer.
 */
export const lessonAttachmentMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/courses/:id/lessons/:lessonId/attachments",
    methods: ["POST"],
    // The body is the file: no parser reads it, the route streams it to the file module.
    bodyParser: false,
    middlewares: [validateAndTransformQuery(AdminUploadLessonAttachmentParams, {})],
  },
  {
    matcher: "/admin/courses/:id/lessons/:lessonId/attachments/:attachmentId",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateLessonAttachment)],
  },
  { matcher: "/admin/lesson-preview", methods: ["POST"], middlewares: [validateAndTransformBody(AdminPreviewLessonBody)] },
]

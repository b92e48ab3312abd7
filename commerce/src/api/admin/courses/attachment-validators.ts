import { z } from "@medusajs/framework/zod"

const filename = z
  .string({ error: "filename is required: the name learners' downloads get" })
  .trim()
  .min(1, "filename is required: the name learners' downloads get")
  .max(200, "filename must be at most 200 characters")
  .refine((name) => !/[\\/\u0000-\u001f]/.test(name), "filename must not contain slashes or control characters")

/** The uploaded file's name: the request's body is the file itself (any content type), streamed. */
export const AdminUploadLessonAttachmentParams = z.object({ filename }).strict()
export type AdminUploadLessonAttachmentParamsType = z.infer<typeof AdminUploadLessonAttachmentParams>

/** Renames an attachment (what learners' downloads are called); its type stays what its content is. */
export const AdminUpdateLessonAttachment = z.object({ filename }).strict()
export type AdminUpdateLessonAttachmentType = z.infer<typeof AdminUpdateLessonAttachment>

/** The Markdown to preview; as long as a lesson body may be. */
export const AdminPreviewLessonBody = z.object({ body: z.string().max(100_000, "body must be at most 100,000 characters") }).strict()
export type AdminPreviewLessonBodyType = z.infer<typeof AdminPreviewLessonBody>

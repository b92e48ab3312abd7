import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderLessonBody } from "../../../lib/courses/lesson-body"
import type { AdminPreviewLessonBodyType } from "../courses/attachment-validators"

/** A lesson body's Markdown as learners will see it: the same rendering and sanitising as the store's, for the editor's preview. */
export async function POST(req: AuthenticatedMedusaRequest<AdminPreviewLessonBodyType>, res: MedusaResponse) {
  res.json({ html: renderLessonBody(req.validatedBody.body) ?? "" })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publicCourse } from "../../../../lib/courses/outline"
import { retrievePublishedCourse } from "../published-course"

/** One published course with its outline; only free previews carry their body and video. */
export async function GET(req: MedusaRequest<unknown, { handle: string }>, res: MedusaResponse) {
  res.json({ course: publicCourse(await retrievePublishedCourse(req.scope, req.params.handle)) })
}

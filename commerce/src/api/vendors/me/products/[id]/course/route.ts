import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentVendorCourse, readVendorCourse } from "../../vendor-course"

/** GET: the vendor's own course with its sections and lessons (`course: null` until the first section is added). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { course_id } = await readVendorCourse(req)
  res.json({ course: await presentVendorCourse(req.scope, course_id) })
}

import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { renderLessonBody } from "../../../../lib/courses/lesson-body"
import { ensureVendorCourseWorkflow } from "../../../../workflows/marketplace/ensure-vendor-course"
import { retrieveAdminCourse } from "../../../admin/courses/admin-course"
import { HANDLE } from "../../../store/courses/validators"
import { currentVendorMember } from "../../current-member"
import { currentSellingVendor } from "../../selling-vendor"
import { retrieveVendorProducts } from "./own-products"

/**
 * The vendor's own course product and the course it sells (null before the
 * first section is added): the same 404 as every product route for a
 * product that is not theirs (the shop's own courses included), a 400 for
 * one of their books. The course is always the product's, never an id the
 * caller sends.
 */
async function vendorCourseProduct(scope: MedusaContainer, vendorId: string, productId: string) {
  const [product] = await retrieveVendorProducts(scope, vendorId, productId)
  if (product.type !== "course") throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${product.title}" is a book: only a course has lessons`)
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "course.id"], filters: { id: product.id } })
  return { product, course_id: ((data[0] as { course?: { id: string } | null } | undefined)?.course?.id ?? null) as string | null }
}

/** For reading (a suspended vendor still sees its course): the product and its course id, if made. */
export async function readVendorCourse(req: AuthenticatedMedusaRequest) {
  const member = await currentVendorMember(req)
  return vendorCourseProduct(req.scope, member.vendor.id, req.params.id)
}

/**
 * For a change (an approved vendor only, 403 otherwise): the course's id;
 * with `create` (adding a section), made now on first use, else a 404 until then.
 */
export async function vendorCourseToChange(req: AuthenticatedMedusaRequest, { create = false } = {}): Promise<string> {
  const member = await currentSellingVendor(req)
  const { product, course_id } = await vendorCourseProduct(req.scope, member.vendor.id, req.params.id)
  if (course_id) return course_id
  if (!create) throw new MedusaError(MedusaError.Types.NOT_FOUND, `"${product.title}" has no sections yet: add a section first`)
  const handle = HANDLE.test(product.handle) ? product.handle : product.handle.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")
  const { result } = await ensureVendorCourseWorkflow(req.scope).run({
    input: { product_id: product.id, title: product.title, handle, description: product.description, in_shop: product.status === "published" },
  })
  return result
}

/** The course as its vendor edits it: staff's view of the outline (raw Markdown bodies), and each body as learners will see it. */
export async function presentVendorCourse(scope: MedusaContainer, courseId: string | null) {
  if (!courseId) return null
  const { product: _product, ...course } = await retrieveAdminCourse(scope, courseId)
  return {
    ...course,
    sections: course.sections.map((s) => ({ ...s, lessons: s.lessons.map((l) => ({ ...l, body_html: renderLessonBody(l.body) })) })),
  }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadDigitalVariants, type DigitalVariant } from "../../../lib/digital-goods/digital-variants"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import { digitalLineProblem, type RequestedLine } from "./cart-rules"

export type CartLine = { id: string; variant_id?: string | null; quantity: number }
export type CartState = {
  id: string
  customer_id?: string | null
  customer?: { has_account?: boolean | null } | null
  items?: (CartLine | null)[] | null
}

/** The cart's owner and lines, or null when there is no such cart (Medusa's route then answers 404). */
export async function loadCartState(scope: MedusaContainer, cartId: string): Promise<CartState | null> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  return (data[0] as unknown as CartState | undefined) ?? null
}

/** The account holder a cart belongs to; null for a guest cart. */
export const accountHolderOf = (cart: CartState) => (cart.customer?.has_account && cart.customer_id ? cart.customer_id : null)

/** Of `courseIds`, those the customer is enrolled in now (active or completed; a revoked one may be bought again). */
async function enrolledCourseIds(scope: MedusaContainer, customerId: string | null, courseIds: string[]): Promise<Set<string>> {
  if (!customerId || !courseIds.length) return new Set()
  const enrollments = await scope.resolve<CoursesModuleService>(COURSES_MODULE).listEnrollments(
    { customer_id: customerId, course_id: courseIds, status: ["active", "completed"] },
    { select: ["id", "course_id"] }
  )
  return new Set(enrollments.map((e) => (e as unknown as { course_id: string }).course_id))
}

/**
 * Refuses with a 400 naming the ebook or course when `requested` breaks a
 * rule of digital goods (see digitalLineProblem); `buyerId` is the account
 * holder the cart belongs to, null for a guest.
 */
export async function assertDigitalLinesAllowed(
  scope: MedusaContainer,
  input: {
    requested: RequestedLine[]
    existing: { variant_id?: string | null }[]
    buyerId: string | null
    /** The requested variants' loadDigitalVariants, when the caller has read them already. */
    digital?: Map<string, DigitalVariant>
  }
) {
  const digital = input.digital ?? (await loadDigitalVariants(scope, input.requested.map((line) => line.variant_id)))
  if (!digital.size) return digital
  const courseIds = [...digital.values()].flatMap((v) => (v.course_id ? [v.course_id] : []))
  const problem = digitalLineProblem({
    requested: input.requested,
    existing: input.existing,
    digital,
    buyerHasAccount: !!input.buyerId,
    enrolledCourseIds: await enrolledCourseIds(scope, input.buyerId, courseIds),
  })
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  return digital
}

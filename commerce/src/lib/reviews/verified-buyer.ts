import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"
import { accessEnded } from "../../workflows/courses/revoke-order-enrollments"

type OrderRow = Parameters<typeof accessEnded>[0] & { items?: ({ product_id?: string | null } | null)[] | null }

/** What a product is to a reviewer: a book (bought in an order) or a course (enrolled in). */
export type ReviewedProduct = { id: string; title: string; course_id: string | null }

/** The product being reviewed: 404 unless it is published. */
export async function reviewedProduct(container: MedusaContainer, productId: string): Promise<ReviewedProduct> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "course.id"],
    filters: { id: productId, status: "published" },
  })
  const product = data[0] as { id: string; title: string; course?: { id: string } | null } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No book or course on sale has the id ${productId}`)
  return { id: product.id, title: product.title, course_id: product.course?.id ?? null }
}

/**
 * True when the customer bought the product and still has it: for a course,
 * an active (or finished) enrollment; for a book, a placed and paid order of
 * theirs holding one of its formats, neither cancelled nor fully refunded.
 */
export async function isVerifiedBuyer(
  container: MedusaContainer,
  customerId: string,
  product: ReviewedProduct,
  /** An order that no longer counts (being refunded or cancelled right now). */
  ignoringOrderId?: string
): Promise<boolean> {
  if (product.course_id) {
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const enrollments = await courses.listEnrollments(
      { customer_id: customerId, course_id: product.course_id, status: ["active", "completed"] } as never,
      { take: null }
    )
    return enrollments.some((e) => e.order_id !== ignoringOrderId)
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "items.product_id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { customer_id: customerId, status: { $nin: ["draft", "canceled", "archived"] } } as never,
  })
  return (data as OrderRow[]).some((order) => {
    const holds = (order.items ?? []).some((item) => item?.product_id === product.id)
    const captured = (order.payment_collections ?? []).some((c) => (c?.payments ?? []).some((p) => (p?.captures ?? []).length > 0))
    return order.id !== ignoringOrderId && holds && captured && !accessEnded(order)
  })
}

/** The words a refusal uses, naming what the reader would have needed. */
export const notABuyerMessage = (product: ReviewedProduct) =>
  product.course_id ? "Only readers enrolled in this course can review it" : "Only readers who bought this book can review it"

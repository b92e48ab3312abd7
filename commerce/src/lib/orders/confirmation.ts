import { ORDER_EMAIL_FIELDS } from "../order-emails"
import { GUEST_EBOOK_FIELDS, guestEbookLinks } from "../ebooks/guest-links"
import { lessonIdsInOrder, type OutlineCourse } from "../courses/outline"

/** The order fields of a confirmation page: what it shows, who may see it, and what its two statuses are made of. */
export const CONFIRMATION_FIELDS = [
  ...new Set([
    ...ORDER_EMAIL_FIELDS,
    ...GUEST_EBOOK_FIELDS,
    "created_at",
    "status",
    "cart.id",
    // Medusa's getLastPaymentStatus and getLastFulfillmentStatus read these (an unfulfilled line makes "partially_").
    "payment_collections.status",
    "payment_collections.amount",
    "payment_collections.captured_amount",
    "payment_collections.refunded_amount",
    "fulfillments.packed_at",
    "fulfillments.shipped_at",
    "fulfillments.delivered_at",
    "fulfillments.canceled_at",
    "items.raw_quantity",
    "items.detail.raw_fulfilled_quantity",
    "items.subtotal",
    "items.thumbnail",
    "items.product_handle",
    "items.product_id",
    "items.variant_id",
    "items.requires_shipping",
    "shipping_address.*",
    "shipping_methods.name",
  ]),
]

/** The product fields that say which lines are courses, and where each begins. */
export const COURSE_PRODUCT_FIELDS = [
  "id",
  "course.id",
  "course.title",
  "course.handle",
  "course.status",
  "course.sections.id",
  "course.sections.rank",
  "course.sections.lessons.id",
  "course.sections.lessons.rank",
]

type GuestOrder = Parameters<typeof guestEbookLinks>[0]
type Item = NonNullable<NonNullable<GuestOrder["items"]>[number]> & {
  id: string
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  product_handle?: string | null
  product_id?: string | null
  variant_id?: string | null
  thumbnail?: string | null
  requires_shipping?: boolean | null
  quantity?: unknown
  unit_price?: unknown
  subtotal?: unknown
}
type Address = Record<string, unknown> & { id?: string }
export type ConfirmedOrder = Omit<GuestOrder, "items"> & {
  display_id: number
  email?: string | null
  created_at: string | Date
  status: string
  payment_status?: string
  fulfillment_status?: string
  currency_code: string
  items?: (Item | null)[] | null
  shipping_address?: Address | null
  shipping_methods?: ({ name?: string | null } | null)[] | null
} & Record<"item_subtotal" | "shipping_total" | "discount_total" | "tax_total" | "total", unknown>

export type CourseProduct = { id: string; course?: OutlineCourse | null }

/**
 * What a confirmation page shows: the order (no payment or customer records),
 * a guest's ebook links (an account holder's ebooks are in their library),
 * and each course bought with the lesson it starts at.
 */
export function confirmationView(order: ConfirmedOrder, courseProducts: CourseProduct[], now = Date.now()) {
  const courseOf = new Map(courseProducts.flatMap((p) => (p.course ? [[p.id, p.course] as const] : [])))
  const items = (order.items ?? []).filter((item): item is Item => !!item)
  const courses = items.flatMap((item) => {
    const course = item.product_id ? courseOf.get(item.product_id) : undefined
    return course
      ? [{ item_id: item.id, title: course.title, handle: course.handle, first_lesson_id: lessonIdsInOrder(course)[0] ?? null }]
      : []
  })
  const { id: _addressId, ...shippingAddress } = order.shipping_address ?? {}
  return {
    order: {
      id: order.id,
      display_id: order.display_id,
      email: order.email ?? null,
      created_at: order.created_at,
      status: order.status,
      payment_status: order.payment_status ?? null,
      fulfillment_status: order.fulfillment_status ?? null,
      currency_code: order.currency_code,
      has_account: !!order.customer?.has_account,
      items: items.map((item) => ({
        id: item.id,
        title: item.title ?? null,
        product_title: item.product_title ?? null,
        variant_title: item.variant_title ?? null,
        product_handle: item.product_handle ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity: item.quantity,
        unit_price: item.unit_price,
        subtotal: item.subtotal,
        requires_shipping: item.requires_shipping !== false,
        kind: courseOf.has(item.product_id ?? "") ? "course" : item.requires_shipping === false ? "ebook" : "print",
      })),
      item_subtotal: order.item_subtotal,
      shipping_total: order.shipping_total,
      discount_total: order.discount_total,
      tax_total: order.tax_total,
      total: order.total,
      shipping_address: order.shipping_address ? shippingAddress : null,
      shipping_methods: (order.shipping_methods ?? []).flatMap((m) => (m?.name ? [{ name: m.name }] : [])),
    },
    ebooks: guestEbookLinks(order, now),
    courses,
  }
}

import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { env } from "./env"
import { trackingUrl } from "./orders/tracking-url"
import { createGuestOrderToken, GUEST_ORDER_LINK_TTL_SECONDS } from "./orders/guest-order-link"

/** Templates the email provider renders; the data of each is described below. */
export const ORDER_EMAIL_TEMPLATES = {
  placed: "order-placed",
  shipped: "order-shipped",
  refunded: "refund-issued",
} as const

/** The order fields `orderEmail` reads, for Query. */
export const ORDER_EMAIL_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "no_notification",
  "customer_id",
  "customer.has_account",
  "shipping_address.country_code",
  "billing_address.country_code",
  "region.countries.iso_2",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "item_subtotal",
  "shipping_total",
  "discount_total",
  "tax_total",
  "total",
]

type Amount = Parameters<typeof MathBN.convert>[0] | null | undefined

export type EmailOrder = {
  id: string
  display_id: number
  email?: string | null
  currency_code: string
  no_notification?: boolean | null
  customer?: { has_account?: boolean | null } | null
  shipping_address?: { country_code?: string | null } | null
  billing_address?: { country_code?: string | null } | null
  region?: { countries?: ({ iso_2?: string | null } | null)[] | null } | null
  items?: ({
    id?: string
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    quantity: Amount
    unit_price: Amount
  } | null)[] | null
  item_subtotal?: Amount
  shipping_total?: Amount
  discount_total?: Amount
  tax_total?: Amount
  total?: Amount
}

export const toNumber = (amount: Amount) => MathBN.convert(amount ?? 0).toNumber()

/** The storefront's country segment: where the order goes, else where it was billed, else its region. */
const countryOf = (order: EmailOrder) =>
  (order.shipping_address?.country_code ?? order.billing_address?.country_code ?? order.region?.countries?.[0]?.iso_2 ?? "ng").toLowerCase()

/**
 * A customer's order lives in their account; a guest's on its confirmation
 * page, opened by a signed token that works in any browser for 30 days.
 */
export function orderUrl(order: EmailOrder, now = Date.now()): string {
  const country = encodeURIComponent(countryOf(order))
  const id = encodeURIComponent(order.id)
  if (order.customer?.has_account) return `${env.STOREFRONT_PUBLIC_URL}/${country}/account/orders/${id}`
  const token = createGuestOrderToken({ orderId: order.id, expiresAt: Math.floor(now / 1000) + GUEST_ORDER_LINK_TTL_SECONDS }, env.EBOOK_URL_SECRET)
  return `${env.STOREFRONT_PUBLIC_URL}/${country}/order/${id}/confirmed?${new URLSearchParams({ token })}`
}

/**
 * What every order email shows. Amounts are numbers in major units
 * (naira, dollars); `subtotal` is the items alone, before shipping and tax.
 */
export function orderEmailData(order: EmailOrder) {
  return {
    order_id: order.id,
    display_id: order.display_id,
    currency_code: order.currency_code,
    items: (order.items ?? []).flatMap((item) =>
      item
        ? [
            {
              title: item.product_title ?? item.title ?? "",
              variant: item.variant_title ?? null,
              quantity: toNumber(item.quantity),
              unit_price: toNumber(item.unit_price),
            },
          ]
        : []
    ),
    subtotal: toNumber(order.item_subtotal),
    shipping_total: toNumber(order.shipping_total),
    discount_total: toNumber(order.discount_total),
    tax_total: toNumber(order.tax_total),
    total: toNumber(order.total),
    order_url: orderUrl(order),
  }
}

export type EmailFulfillment = {
  id: string
  order?: { id: string } | null
  items?: ({ line_item_id?: string | null; quantity: Amount } | null)[] | null
  labels?: ({ tracking_number?: string | null; tracking_url?: string | null } | null)[] | null
}

/** What a shipment holds (named as the order's lines are) and how to track it. */
export function shipmentDetails(order: EmailOrder, fulfillment: EmailFulfillment) {
  const lines = new Map((order.items ?? []).map((line) => [line?.id, line]))
  return {
    shipped_items: (fulfillment.items ?? []).flatMap((shipped) => {
      const line = shipped?.line_item_id ? lines.get(shipped.line_item_id) : undefined
      if (!shipped || !line) return []
      return [{ title: line.product_title ?? line.title ?? "", variant: line.variant_title ?? null, quantity: toNumber(shipped.quantity) }]
    }),
    tracking: (fulfillment.labels ?? []).flatMap((label) =>
      label?.tracking_number ? [{ number: label.tracking_number, url: trackingUrl(label.tracking_url) }] : []
    ),
  }
}

/** The order fields `refundEmails` reads besides ORDER_EMAIL_FIELDS. */
export const REFUND_EMAIL_FIELDS = ["payment_collections.payments.refunds.id", "payment_collections.payments.refunds.amount"]

export type RefundedOrder = EmailOrder & {
  payment_collections?: ({ payments?: ({ refunds?: ({ id: string; amount: Amount } | null)[] | null } | null)[] | null } | null)[] | null
}

/** One refund-issued email per refund of the order, each keyed by its refund so it goes once. */
export function refundEmails(order: RefundedOrder | null | undefined): CreateNotificationDTO[] {
  const refunds = (order?.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .flatMap((payment) => payment?.refunds ?? [])
    .filter((refund): refund is { id: string; amount: Amount } => !!refund)
  const refundedTotal = MathBN.add(...refunds.map((refund) => MathBN.convert(refund.amount ?? 0))).toNumber()
  return refunds.flatMap((refund) =>
    orderEmail(order, ORDER_EMAIL_TEMPLATES.refunded, `refund-issued:${refund.id}`, {
      refund_amount: toNumber(refund.amount),
      refunded_total: refundedTotal,
    })
  )
}

/**
 * One email about an order to the address it was placed with, sent once per
 * `idempotencyKey`; none when the order has no email or asks for none.
 */
export function orderEmail(
  order: EmailOrder | null | undefined,
  template: (typeof ORDER_EMAIL_TEMPLATES)[keyof typeof ORDER_EMAIL_TEMPLATES],
  idempotencyKey: string,
  extra: Record<string, unknown> = {}
): CreateNotificationDTO[] {
  if (!order?.email || order.no_notification) return []
  return [
    {
      to: order.email,
      channel: "email",
      template,
      idempotency_key: idempotencyKey,
      resource_id: order.id,
      resource_type: "order",
      data: { ...orderEmailData(order), ...extra },
    },
  ]
}

import type { HttpTypes } from "@medusajs/types"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import type { OrderTimeline } from "@/lib/data/orders"
import OrderDetail from "./index"

const order = {
  id: "order_1",
  display_id: 42,
  created_at: "2026-12-06T13:05:00.000Z",
  status: "pending",
  payment_status: "captured",
  fulfillment_status: "delivered",
  currency_code: "ngn",
  items: [],
  item_subtotal: 6500,
  shipping_total: 0,
  tax_total: 0,
  discount_total: 0,
  total: 6500,
} as unknown as HttpTypes.StoreOrder

const timeline = (cancellation: OrderTimeline["cancellation"], events: OrderTimeline["events"] = []): OrderTimeline => ({
  order_id: "order_1",
  currency_code: "ngn",
  events: [{ kind: "placed", at: "2026-12-06T13:05:00.000Z" }, ...events],
  shipments: [],
  cancellation,
})

const render = (t: OrderTimeline | null, contactEmail: string | null = "hello@shop.example") =>
  renderToStaticMarkup(createElement(OrderDetail, { order, timeline: t, countryCode: "ng", contactEmail }))

describe("the account's order page", () => {
  it("says why an ebook order cannot be cancelled online, and how to reach the shop", () => {
    const html = render(
      timeline({
        allowed: false,
        reason: "digital",
        message: "This order has ebooks or courses, delivered when it was placed, so it cannot be cancelled online",
      }),
    )
    expect(html).toContain('data-testid="order-cancel-unavailable"')
    expect(html).toContain("cannot be cancelled online.")
    expect(html).toContain('href="mailto:hello@shop.example"')
    expect(html).not.toContain('data-testid="order-cancel-start"')
    expect(html).toContain('data-testid="order-timeline"')
  })

  it("falls back to the order email when the shop has no contact address", () => {
    const html = render(timeline({ allowed: false, reason: "shipped", message: "This order has shipped and can no longer be cancelled" }), null)
    expect(html).toContain("Reply to your order email")
    expect(html).not.toContain("mailto:")
  })

  it("tells a cancelled order's reader the refund is on its way, with no cancel and no contact line", () => {
    const html = render(
      timeline({ allowed: false, reason: "cancelled", message: "This order is already cancelled" }, [
        { kind: "refunded", at: "2026-12-07T09:00:00.000Z", amount: 6500 },
        { kind: "cancelled", at: "2026-12-07T09:00:01.000Z" },
      ]),
    )
    expect(html).toContain("Your refund is on its way")
    expect(html).not.toContain('data-testid="order-cancel-unavailable"')
  })

  it("shows a cancelled order as going nowhere, and its refund taken off the total", () => {
    const cancelledOrder = {
      ...order,
      status: "canceled",
      fulfillment_status: "not_fulfilled",
      credit_line_total: 6500,
      total: 0,
    } as unknown as HttpTypes.StoreOrder
    const html = renderToStaticMarkup(createElement(OrderDetail, { order: cancelledOrder, timeline: null, countryCode: "ng", contactEmail: null }))
    expect(html).toMatch(/data-testid="order-delivery">Cancelled</)
    expect(html).toMatch(/data-testid="order-refunded"><dt>Refunded<\/dt><dd>−₦6,500<\/dd>/)
  })

  it("still shows the order when its progress could not be read", () => {
    const html = render(null)
    expect(html).toContain("Order #42")
    expect(html).not.toContain("order-timeline")
  })
})

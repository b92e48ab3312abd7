import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import type { OrderTimelineEvent } from "@/lib/data/orders"
import OrderTimeline, { timelineLabel } from "./index"

const events: OrderTimelineEvent[] = [
  { kind: "placed", at: "2026-12-06T13:05:00.000Z" },
  { kind: "paid", at: "2026-12-06T13:05:02.000Z", amount: 25000 },
  { kind: "delivered", at: "2026-12-06T13:05:04.000Z", fulfillment_id: "ful_1", digital: true },
  { kind: "refunded", at: "2026-12-07T09:00:00.000Z", amount: 25000 },
  { kind: "cancelled", at: "2026-12-07T09:00:01.000Z" },
]

describe("the order's timeline", () => {
  it("lists each moment in order with its words and its time in the shop's zone", () => {
    const html = renderToStaticMarkup(createElement(OrderTimeline, { events, currencyCode: "ngn" }))
    const labels = [...html.matchAll(/data-kind="(\w+)"/g)].map((m) => m[1])
    expect(labels).toEqual(["placed", "paid", "delivered", "refunded", "cancelled"])
    expect(html).toContain("Order placed")
    expect(html).toMatch(/<time[^>]*dateTime="2026-12-06T13:05:00.000Z"[^>]*>6 Dec 2026, 14:05 WAT<\/time>/)
    expect(html).toContain("Ebooks and courses delivered to your library")
    expect(html).toContain("7 Dec 2026, 10:00 WAT")
    expect(html).toContain("Order cancelled")
  })

  it("names money in the order's currency on payments and refunds", () => {
    expect(timelineLabel(events[1], "ngn")).toMatch(/^Paid ₦25,000/)
    expect(timelineLabel(events[3], "ngn")).toMatch(/^Refunded ₦25,000/)
    expect(timelineLabel({ kind: "shipped", at: events[0].at }, "ngn")).toBe("Shipped")
    expect(timelineLabel({ kind: "delivered", at: events[0].at }, "ngn")).toBe("Delivered")
  })

  it("renders nothing for an order with no events", () => {
    expect(renderToStaticMarkup(createElement(OrderTimeline, { events: [], currencyCode: "ngn" }))).toBe("")
  })
})

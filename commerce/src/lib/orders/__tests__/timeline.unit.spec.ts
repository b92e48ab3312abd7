import { cancellation, orderShipments, orderTimeline, type TimelineOrder } from "../timeline"
import { trackingUrl } from "../tracking-url"

const paid: TimelineOrder = {
  id: "order_1",
  status: "pending",
  currency_code: "ngn",
  created_at: "2026-12-06T13:05:00.000Z",
  items: [{ id: "ordli_1", variant_id: "variant_paperback" }],
  payment_collections: [
    { payments: [{ id: "pay_1", captures: [{ id: "capt_1", amount: 12500, created_at: "2026-12-06T13:05:01.000Z" }], refunds: [] }] },
  ],
  fulfillments: [],
}

const shippedPrint = {
  id: "ful_print",
  provider_id: "manual_manual",
  shipped_at: "2026-12-07T09:00:00.000Z",
  delivered_at: null,
  shipping_option: { name: "Standard delivery" },
  labels: [
    { tracking_number: "GIG-777", tracking_url: "https://track.example/GIG-777" },
    { tracking_number: "ODD-1", tracking_url: "javascript:alert(1)" },
    { tracking_number: null, tracking_url: "https://track.example/none" },
  ],
}

describe("orderTimeline", () => {
  it("puts placed, paid, shipped, delivered, refunded and cancelled in time order, with amounts and the online delivery marked", () => {
    const order: TimelineOrder = {
      ...paid,
      status: "canceled",
      canceled_at: "2026-12-08T10:00:00.000Z",
      payment_collections: [
        {
          payments: [
            {
              id: "pay_1",
              captures: [{ id: "capt_1", amount: 12500, created_at: "2026-12-06T13:05:01.000Z" }],
              refunds: [{ id: "ref_1", amount: 12500, created_at: "2026-12-08T10:00:00.000Z" }],
            },
          ],
        },
      ],
      fulfillments: [
        { id: "ful_digital", provider_id: "digital_digital", shipped_at: null, delivered_at: "2026-12-06T13:05:02.000Z" },
        { ...shippedPrint, delivered_at: "2026-12-07T15:00:00.000Z" },
        { id: "ful_withdrawn", provider_id: "manual_manual", shipped_at: "2026-12-06T20:00:00.000Z", canceled_at: "2026-12-06T21:00:00.000Z" },
      ],
    }
    expect(orderTimeline(order)).toEqual([
      { kind: "placed", at: "2026-12-06T13:05:00.000Z" },
      { kind: "paid", at: "2026-12-06T13:05:01.000Z", amount: 12500 },
      { kind: "delivered", at: "2026-12-06T13:05:02.000Z", fulfillment_id: "ful_digital", digital: true },
      { kind: "shipped", at: "2026-12-07T09:00:00.000Z", fulfillment_id: "ful_print" },
      { kind: "delivered", at: "2026-12-07T15:00:00.000Z", fulfillment_id: "ful_print", digital: false },
      // A refund and a cancellation of the same moment read refund first.
      { kind: "refunded", at: "2026-12-08T10:00:00.000Z", amount: 12500 },
      { kind: "cancelled", at: "2026-12-08T10:00:00.000Z" },
    ])
  })

  it("leaves out what has not happened", () => {
    expect(orderTimeline(paid).map((e) => e.kind)).toEqual(["placed", "paid"])
  })
})

describe("orderShipments", () => {
  it("lists print parcels that left, with tracking linked only for http(s) addresses", () => {
    const order = { ...paid, fulfillments: [shippedPrint, { id: "ful_digital", provider_id: "digital_digital", delivered_at: "2026-12-06T13:05:02.000Z" }] }
    expect(orderShipments(order)).toEqual([
      {
        id: "ful_print",
        method: "Standard delivery",
        shipped_at: "2026-12-07T09:00:00.000Z",
        delivered_at: null,
        tracking: [
          { number: "GIG-777", url: "https://track.example/GIG-777" },
          { number: "ODD-1", url: null },
        ],
      },
    ])
  })

  it("links http and https addresses only", () => {
    expect(trackingUrl("http://post.example/t?n=1")).toBe("http://post.example/t?n=1")
    for (const odd of ["javascript:alert(1)", "data:text/html,hi", "//track.example", "not a url", "", null]) expect(trackingUrl(odd)).toBeNull()
  })
})

describe("cancellation", () => {
  const none = new Set<string>()
  it("allows a paid order with nothing packed, shipped or delivered", () => {
    expect(cancellation(paid, none)).toEqual({ allowed: true })
    expect(cancellation({ ...paid, fulfillments: [{ ...shippedPrint, canceled_at: "2026-12-07T10:00:00.000Z" }] }, none)).toEqual({ allowed: true })
  })

  it("refuses, naming why: cancelled, completed, ebooks or courses, shipped, being packed", () => {
    const reason = (order: TimelineOrder, digital = none) => {
      const rule = cancellation(order, digital)
      return rule.allowed ? "allowed" : rule.reason
    }
    expect(reason({ ...paid, status: "canceled" })).toBe("cancelled")
    expect(reason({ ...paid, status: "completed" })).toBe("completed")
    expect(reason(paid, new Set(["variant_paperback"]))).toBe("digital")
    expect(reason({ ...paid, fulfillments: [shippedPrint] })).toBe("shipped")
    expect(reason({ ...paid, fulfillments: [{ id: "ful_packing", provider_id: "manual_manual" }] })).toBe("preparing")
  })
})

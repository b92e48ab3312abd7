import { describe, expect, it } from "vitest"
import { deliveryLabel, orderProgress, paymentLabel } from "@/modules/account/templates/order-list/status"

describe("order status in the reader's words", () => {
  it("reads a paid digital order as delivered, and a mixed one as partly delivered", () => {
    expect(orderProgress({ status: "pending", payment_status: "captured", fulfillment_status: "delivered" })).toBe("Delivered")
    expect(orderProgress({ status: "pending", payment_status: "captured", fulfillment_status: "partially_delivered" })).toBe(
      "Partly delivered: the rest is on its way"
    )
    expect(orderProgress({ status: "pending", payment_status: "captured", fulfillment_status: "not_fulfilled" })).toBe("Awaiting shipment")
  })

  it("puts a cancellation or a full refund first", () => {
    expect(orderProgress({ status: "canceled", payment_status: "refunded", fulfillment_status: "canceled" })).toBe("Cancelled")
    expect(orderProgress({ status: "pending", payment_status: "refunded", fulfillment_status: "delivered" })).toBe("Refunded")
  })

  it("names payments and deliveries, and falls back to Medusa's words for anything new", () => {
    expect(paymentLabel("captured")).toBe("Paid")
    expect(paymentLabel("partially_refunded")).toBe("Partly refunded")
    expect(deliveryLabel("shipped")).toBe("Shipped")
    expect(deliveryLabel("some_new_status")).toBe("Some new status")
    expect(deliveryLabel(null)).toBe("Unknown")
  })
})

describe("lineAwareFulfillmentStatus", () => {
  const line = (quantity: number, fulfilled: number, delivered: number) => ({ detail: { quantity, fulfilled_quantity: fulfilled, delivered_quantity: delivered } })

  it("reads an order whose ebook is delivered and whose paperback waits as partly delivered, whatever commerce's detail route says", async () => {
    const { lineAwareFulfillmentStatus } = await import("../data/orders")
    expect(lineAwareFulfillmentStatus({ fulfillment_status: "delivered", items: [line(1, 1, 1), line(2, 0, 0)] })).toBe("partially_delivered")
    expect(lineAwareFulfillmentStatus({ fulfillment_status: "delivered", items: [line(1, 1, 1), line(2, 2, 2)] })).toBe("delivered")
    expect(lineAwareFulfillmentStatus({ fulfillment_status: "shipped", items: [line(1, 1, 0), line(1, 0, 0)] })).toBe("partially_shipped")
    expect(lineAwareFulfillmentStatus({ fulfillment_status: "not_fulfilled", items: [line(1, 0, 0)] })).toBe("not_fulfilled")
    expect(lineAwareFulfillmentStatus({ fulfillment_status: "delivered", items: [] })).toBe("delivered")
  })
})

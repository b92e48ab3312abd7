import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import type { OrderShipment } from "@/lib/data/orders"
import OrderShipments from "./index"

const shipment = (tracking: OrderShipment["tracking"], extra: Partial<OrderShipment> = {}): OrderShipment => ({
  id: "ful_1",
  method: "Standard delivery",
  shipped_at: "2026-12-06T13:05:00.000Z",
  delivered_at: null,
  tracking,
  ...extra,
})

const render = (shipments: OrderShipment[]) => renderToStaticMarkup(createElement(OrderShipments, { shipments }))

describe("the order's shipments", () => {
  it("links each tracking number to its carrier's page, named by the carrier's site, in a new tab", () => {
    const html = render([shipment([{ number: "GIG-777", url: "https://www.track.gig.example/GIG-777" }])])
    expect(html).toContain('href="https://www.track.gig.example/GIG-777"')
    expect(html).toContain('rel="noopener noreferrer nofollow"')
    expect(html).toContain("GIG-777")
    expect(html).toContain(" on track.gig.example")
    expect(html).toContain("Standard delivery")
    expect(html).toContain("Shipped 6 Dec 2026, 14:05 WAT")
  })

  it("never makes a link of an address that is not http(s), even if one reached it", () => {
    const html = render([shipment([{ number: "ODD-1", url: "javascript:alert(1)" }, { number: "NONE-2", url: null }])])
    expect(html).not.toContain("href")
    expect(html).toContain("ODD-1")
    expect(html).toContain("NONE-2")
  })

  it("numbers parcels when there are several, shows when one was delivered, and says when one has no tracking", () => {
    const html = render([
      shipment([], { id: "ful_1", delivered_at: "2026-12-08T10:00:00.000Z" }),
      shipment([{ number: "B-2", url: null }], { id: "ful_2", method: null }),
    ])
    expect(html).toContain("Parcel 1")
    expect(html).toContain("Parcel 2")
    expect(html).toContain("Delivered 8 Dec 2026, 11:00 WAT")
    expect(html).toContain("No tracking number for this parcel.")
  })

  it("renders nothing before anything has shipped", () => {
    expect(render([])).toBe("")
  })
})

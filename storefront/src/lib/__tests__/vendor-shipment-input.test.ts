import { describe, expect, it } from "vitest"
import { shipmentFromForm } from "../actions/vendor-shipment-input"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("the vendor portal's Mark shipped form", () => {
  it("sends each line with copies above 0 and the tracking, leaving out empty tracking fields", () => {
    const { orderId, body, errors } = shipmentFromForm(
      form({ countryCode: "ng", order_id: "order_01AB", ship_ordli_01: "2", ship_ordli_02: "0", tracking_number: " GIG-1001 ", carrier: "" })
    )
    expect(errors).toBeUndefined()
    expect(orderId).toBe("order_01AB")
    expect(body).toEqual({ items: [{ line_item_id: "ordli_01", quantity: 2 }], tracking_number: "GIG-1001" })
  })

  it("names each bad field, asks for at least one copy, and refuses an order id that is not one", () => {
    expect(shipmentFromForm(form({ order_id: "order_1", ship_ordli_01: "1.5", tracking_number: "x".repeat(101) })).errors).toEqual({
      ship_ordli_01: "Enter a whole number of copies, 0 or more.",
      tracking_number: "The tracking number is too long (100 characters at most).",
    })
    expect(shipmentFromForm(form({ order_id: "order_1", ship_ordli_01: "0" })).errors).toEqual({ form: "Enter how many copies of at least one line you are sending." })
    expect(shipmentFromForm(form({ order_id: "../admin", ship_ordli_01: "1" })).orderId).toBeNull()
  })
})

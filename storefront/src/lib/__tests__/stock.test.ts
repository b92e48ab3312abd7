import { describe, expect, it } from "vitest"
import { availableQuantity, stockState } from "../util/stock"

const variant = (v: Record<string, unknown>) => v as never

describe("stock", () => {
  it("counts only variants whose stock Medusa manages, without backorders", () => {
    expect(availableQuantity(variant({ manage_inventory: false }))).toBeNull()
    expect(availableQuantity(variant({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }))).toBeNull()
    expect(availableQuantity(variant({ manage_inventory: true, inventory_quantity: 3 }))).toBe(3)
    expect(availableQuantity(variant({ manage_inventory: true, inventory_quantity: -2 }))).toBe(0)
  })

  it("says in stock, only N left, or out of stock", () => {
    expect(stockState(null)).toEqual({ label: "In stock", inStock: true })
    expect(stockState(40)).toEqual({ label: "In stock", inStock: true })
    expect(stockState(5)).toEqual({ label: "Only 5 left", inStock: true })
    expect(stockState(1)).toEqual({ label: "Only 1 left", inStock: true })
    expect(stockState(0)).toEqual({ label: "Out of stock", inStock: false })
  })
})

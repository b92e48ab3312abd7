import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { isInsufficientInventory, MAX_LINE_QUANTITY, parseQuantity, stockMessage } from "../actions/cart-input"

describe("parseQuantity", () => {
  it("accepts whole numbers from 1, typed or sent as numbers", () => {
    expect(parseQuantity("3")).toEqual({ ok: true, quantity: 3 })
    expect(parseQuantity(" 12 ")).toEqual({ ok: true, quantity: 12 })
    expect(parseQuantity(1)).toEqual({ ok: true, quantity: 1 })
    expect(parseQuantity(MAX_LINE_QUANTITY)).toEqual({ ok: true, quantity: MAX_LINE_QUANTITY })
  })

  it("refuses quantities below 1, pointing at Remove", () => {
    expect(parseQuantity("0")).toEqual({ ok: false, error: "Quantity must be at least 1. To take a book out, remove it." })
    expect(parseQuantity(-2)).toMatchObject({ ok: false, error: expect.stringContaining("at least 1") })
  })

  it("refuses fractions, which Medusa would otherwise round", () => {
    expect(parseQuantity("1.5")).toEqual({ ok: false, error: "Quantity must be a whole number." })
    expect(parseQuantity(2.25)).toEqual({ ok: false, error: "Quantity must be a whole number." })
  })

  it("refuses what is not a number at all", () => {
    expect(parseQuantity("")).toEqual({ ok: false, error: "Enter a quantity." })
    expect(parseQuantity(null)).toEqual({ ok: false, error: "Enter a quantity." })
    expect(parseQuantity("three")).toEqual({ ok: false, error: "Quantity must be a number." })
    expect(parseQuantity("1e3")).toEqual({ ok: false, error: "Quantity must be a number." })
    expect(parseQuantity(Number.NaN)).toEqual({ ok: false, error: "Quantity must be a number." })
  })

  it("refuses absurd quantities", () => {
    expect(parseQuantity(String(MAX_LINE_QUANTITY + 1))).toEqual({ ok: false, error: `Quantity can be at most ${MAX_LINE_QUANTITY}.` })
  })
})

describe("isInsufficientInventory", () => {
  it("recognises Medusa's refusal as the js-sdk throws it", () => {
    const error = new FetchError("Some variant does not have the required inventory", "Bad Request", 400)
    expect(isInsufficientInventory(error)).toBe(true)
  })

  it("leaves other refusals alone", () => {
    expect(isInsufficientInventory(new FetchError("Variants with IDs variant_1 do not have a price", "Bad Request", 400))).toBe(false)
    expect(isInsufficientInventory(new FetchError("Cart with id: cart_1 was not found", "Not Found", 404))).toBe(false)
    expect(isInsufficientInventory(new TypeError("fetch failed"))).toBe(false)
  })
})

describe("stockMessage", () => {
  it("names the stock and the format", () => {
    expect(stockMessage("Paperback", 3)).toBe("Only 3 left of Paperback.")
  })

  it("says how many are already in the cart", () => {
    expect(stockMessage("Paperback", 3, 2)).toBe("Only 3 left of Paperback. You already have 2 in your cart.")
  })

  it("says out of stock when nothing is left or stock is unknown", () => {
    expect(stockMessage("Hardcover", 0)).toBe("Hardcover is out of stock.")
    expect(stockMessage("Hardcover", null)).toBe("Hardcover is out of stock.")
  })
})

import { describe, expect, it } from "vitest"
import { lineName } from "../util/line-title"

describe("lineName", () => {
  it("names a book and its format", () => {
    expect(lineName({ product_title: "The Quiet Draft", variant_title: "Paperback" })).toEqual({
      title: "The Quiet Draft",
      format: "Paperback",
      name: "The Quiet Draft (Paperback)",
    })
  })

  it("does not say a format the title already says", () => {
    expect(lineName({ product_title: "Write Your First Book (online course)", variant_title: "Online course" }).name).toBe(
      "Write Your First Book (online course)"
    )
  })

  it("falls back to the line's own title, and to no format", () => {
    expect(lineName({ title: "Gift card", product_title: null, variant_title: null })).toEqual({ title: "Gift card", format: null, name: "Gift card" })
  })
})

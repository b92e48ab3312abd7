import { describe, expect, it } from "vitest"
import { bookFromForm, editFromForm } from "../actions/vendor-product-input"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("the vendor portal's product forms", () => {
  it("sends the ticked formats with a price per currency and print stock, and names each bad field", () => {
    const ok = bookFromForm(form({ title: " Dry Season ", paperback_enabled: "on", paperback_price_ngn: "6500", paperback_price_usd: "16", paperback_stock: "12", ebook_price_ngn: "3000", hardcover_price_ngn: "" }))
    expect(ok.body).toEqual({ type: "book", title: "Dry Season", formats: [{ format: "Paperback", prices: { ngn: 6500, usd: 16 }, stock: 12 }] })

    const bad = bookFromForm(form({ title: "D", paperback_enabled: "on", paperback_price_ngn: "-3", paperback_price_usd: "1.234", paperback_stock: "2.5" }))
    expect(bad.errors).toEqual({
      title: "Enter the book's title.",
      paperback_price_ngn: "Enter a price above 0.",
      paperback_price_usd: "Use at most two decimals.",
      paperback_stock: "Enter a whole number of copies, 0 or more.",
    })
    expect(bookFromForm(form({ title: "Dry Season" })).errors).toEqual({ formats: "Tick at least one format." })
  })

  it("sends an edit's prices and stock per variant id", () => {
    const { body } = editFromForm(form({ title: "Dry Season", description: "", variant_variant_01AB_price_ngn: "7000", variant_variant_01AB_price_usd: "17", variant_variant_01AB_stock: "3", variant_variant_02CD_price_ngn: "3000" }))
    expect(body).toEqual({
      title: "Dry Season",
      description: "",
      variants: [
        { id: "variant_01AB", prices: { ngn: 7000, usd: 17 }, stock: 3 },
        { id: "variant_02CD", prices: { ngn: 3000 } },
      ],
    })
  })
})

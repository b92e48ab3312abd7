import { describe, expect, it } from "vitest"
import { bookStructuredData } from "@/modules/products/components/book-json-ld"

const price = (amount: number) => ({ calculated_amount: amount, currency_code: "ngn" })

describe("book structured data", () => {
  it("describes a Book and Product with an offer per priced format, hardcover first, and its availability", () => {
    const data = bookStructuredData(
      {
        title: "The Quiet Draft",
        description: "A book",
        thumbnail: "http://img/cover.svg",
        metadata: { author: "Adaeze Okafor" },
        variants: [
          { title: "Ebook", manage_inventory: false, calculated_price: price(6500) },
          { title: "Hardcover", sku: "QD-HC", manage_inventory: true, inventory_quantity: 0, calculated_price: price(18500) },
          { title: "Audiobook", manage_inventory: false, calculated_price: null },
        ],
      } as never,
      "http://shop/ng/products/the-quiet-draft"
    )
    expect(data["@type"]).toEqual(["Book", "Product"])
    expect(data.author).toEqual({ "@type": "Person", name: "Adaeze Okafor" })
    expect(data.offers).toEqual([
      expect.objectContaining({ name: "Hardcover", sku: "QD-HC", price: "18500.00", priceCurrency: "NGN", availability: "https://schema.org/OutOfStock" }),
      expect.objectContaining({ name: "Ebook", price: "6500.00", availability: "https://schema.org/InStock" }),
    ])
  })
})

describe("book structured data's rating", () => {
  const book = { title: "The Quiet Draft", variants: [] } as never
  it("carries aggregateRating with the visible reviews' average and count", () => {
    expect(bookStructuredData(book, "http://shop/ng/products/the-quiet-draft", { average: 4.5, count: 12 }).aggregateRating).toEqual({
      "@type": "AggregateRating",
      ratingValue: 4.5,
      reviewCount: 12,
      bestRating: 5,
      worstRating: 1,
    })
  })
  it("has no aggregateRating while there are no reviews (none is not a zero rating)", () => {
    const json = JSON.parse(JSON.stringify(bookStructuredData(book, "http://shop/x", { average: null, count: 0 })))
    expect(json).not.toHaveProperty("aggregateRating")
    expect(bookStructuredData(book, "http://shop/x").aggregateRating).toBeUndefined()
  })
})

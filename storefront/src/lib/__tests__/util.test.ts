import { describe, expect, it } from "vitest"
import { formatAmount, formatSubunits } from "../util/money"
import { cheapestPrice } from "../util/prices"
import { productAuthor } from "../util/products"

describe("formatAmount", () => {
  it("shows naira as whole units with the ₦ sign", () => {
    expect(formatAmount(15000, "ngn")).toBe("₦15,000")
    expect(formatAmount(6500, "NGN")).toBe("₦6,500")
  })

  it("keeps kobo when a naira price has them", () => {
    expect(formatAmount(1234.5, "ngn")).toBe("₦1,234.50")
  })

  it("shows dollars with cents", () => {
    expect(formatAmount(9.99, "usd")).toBe("$9.99")
    expect(formatAmount(30, "usd")).toBe("$30.00")
  })
})

describe("formatSubunits", () => {
  it("shows a statement's kobo and cents to the last subunit, always with two decimals", () => {
    expect(formatSubunits(1_234_500, "ngn")).toBe("₦12,345.00")
    expect(formatSubunits(578_001, "NGN")).toBe("₦5,780.01")
    expect(formatSubunits(-102_000, "ngn")).toBe("-₦1,020.00")
    expect(formatSubunits(0, "ngn")).toBe("₦0.00")
    expect(formatSubunits(1_999, "usd")).toBe("$19.99")
  })
})

describe("cheapestPrice", () => {
  const variant = (amount: number | null, currency_code = "ngn") =>
    ({ calculated_price: amount === null ? null : { calculated_amount: amount, currency_code } }) as never

  it("picks the lowest calculated price among the variants", () => {
    const product = { variants: [variant(18500), variant(6500), variant(12500)] } as never
    expect(cheapestPrice(product)).toEqual({ amount: 6500, currencyCode: "ngn" })
  })

  it("skips variants without a price in the region, and gives null when none has one", () => {
    expect(cheapestPrice({ variants: [variant(null), variant(9.99, "usd")] } as never)).toEqual({ amount: 9.99, currencyCode: "usd" })
    expect(cheapestPrice({ variants: [variant(null)] } as never)).toBeNull()
    expect(cheapestPrice({ variants: [] } as never)).toBeNull()
  })
})

describe("productAuthor", () => {
  it("reads the author from the product's metadata, if it is a name", () => {
    expect(productAuthor({ metadata: { author: " Adaeze Okafor " } } as never)).toBe("Adaeze Okafor")
    expect(productAuthor({ metadata: { author: 42 } } as never)).toBeNull()
    expect(productAuthor({ metadata: null } as never)).toBeNull()
  })
})

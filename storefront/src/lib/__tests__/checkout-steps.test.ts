import { describe, expect, it } from "vitest"
import { addressLines, currentStep, firstOpenStep, needsShipping, paymentNotice, stockShortfalls } from "../util/checkout"

const ebook = { id: "li_e", variant_id: "v_ebook", quantity: 1, title: "The Quiet Draft", product_title: "The Quiet Draft", variant_title: "Ebook", requires_shipping: false }
const paperback = { ...ebook, id: "li_p", variant_id: "v_paper", variant_title: "Paperback", requires_shipping: true }
const address = { address_1: "1 Marina", city: "Lagos", country_code: "ng" }

type Cart = Parameters<typeof firstOpenStep>[0]
const cart = (over: Partial<Record<keyof Cart, unknown>>) => ({ email: null, items: [], shipping_address: null, shipping_methods: [], ...over }) as unknown as Cart

describe("checkout steps", () => {
  it("asks an ebook-only cart for an email and nothing else", () => {
    expect(needsShipping(cart({ items: [ebook] }))).toBe(false)
    expect(firstOpenStep(cart({ items: [ebook] }))).toBe("email")
    expect(firstOpenStep(cart({ items: [ebook], email: "ada@example.com" }))).toBe("review")
  })

  it("takes a cart with a print copy through address and delivery", () => {
    const withPrint = { items: [ebook, paperback], email: "ada@example.com" }
    expect(needsShipping(cart(withPrint))).toBe(true)
    expect(firstOpenStep(cart(withPrint))).toBe("address")
    expect(firstOpenStep(cart({ ...withPrint, shipping_address: address }))).toBe("delivery")
    expect(firstOpenStep(cart({ ...withPrint, shipping_address: address, shipping_methods: [{ id: "sm_1" }] }))).toBe("review")
  })

  it("treats a line whose shipping need is unknown as a print copy", () => {
    expect(needsShipping(cart({ items: [{ ...paperback, requires_shipping: undefined }] }))).toBe(true)
  })

  it("reopens a finished step on request but never skips an unfinished one", () => {
    const ready = cart({ items: [paperback], email: "a@example.com", shipping_address: address, shipping_methods: [{ id: "sm_1" }] })
    expect(currentStep(ready, "address")).toBe("address")
    expect(currentStep(ready, "nonsense")).toBe("review")
    const noAddress = cart({ items: [paperback], email: "a@example.com" })
    expect(currentStep(noAddress, "delivery")).toBe("address")
    expect(currentStep(noAddress, "review")).toBe("address")
    expect(currentStep(cart({ items: [ebook], email: "a@example.com" }), "address")).toBe("review")
  })
})

describe("paymentNotice", () => {
  it("says a declined payment cost nothing, and ignores values it does not know", () => {
    expect(paymentNotice("declined")).toBe("Your payment was declined — you have not been charged. Try again.")
    expect(paymentNotice("toString")).toBeNull()
    expect(paymentNotice("<script>")).toBeNull()
    expect(paymentNotice(undefined)).toBeNull()
  })
})

describe("stockShortfalls", () => {
  it("names each format asked for beyond its stock, counting every line of it", () => {
    const stock = new Map([
      ["v_paper", { title: "Paperback", available: 2 }],
      ["v_ebook", { title: "Ebook", available: null }],
    ])
    expect(stockShortfalls([{ ...paperback, quantity: 2 }, ebook], stock)).toEqual([])
    expect(stockShortfalls([{ ...paperback, quantity: 2 }, { ...paperback, id: "li_p2", quantity: 1 }], stock)).toEqual([
      "Only 2 left of The Quiet Draft (Paperback); your cart has 3.",
    ])
    expect(stockShortfalls([paperback], new Map([["v_paper", { title: "Paperback", available: 0 }]]))).toEqual([
      "The Quiet Draft (Paperback) is out of stock.",
    ])
  })
})

describe("addressLines", () => {
  it("prints an address as label lines, leaving out what is empty, with the country named", () => {
    expect(addressLines({ first_name: "Ada", last_name: "Obi", address_1: "1 Marina", address_2: null, city: "Lagos", country_code: "ng" })).toEqual([
      "Ada Obi",
      "1 Marina",
      "Lagos",
      "Nigeria",
    ])
  })
})

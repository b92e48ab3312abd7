import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"
import { proxy } from "../../proxy"

const visit = (path: string) => proxy(new NextRequest(new URL(path, "http://localhost:8000")))

describe("proxy", () => {
  it("sends a path without a country to the default country, keeping the query", () => {
    expect(visit("/").headers.get("location")).toBe("http://localhost:8000/ng")
    expect(visit("/products/the-quiet-draft?ref=mail").headers.get("location")).toBe(
      "http://localhost:8000/ng/products/the-quiet-draft?ref=mail"
    )
  })

  it("lowercases a country code", () => {
    const res = visit("/US/products/the-quiet-draft")
    expect(res.status).toBe(307)
    expect(res.headers.get("location")).toBe("http://localhost:8000/us/products/the-quiet-draft")
  })

  it("lets Paystack's country-less return address through", () => {
    expect(visit("/checkout/paystack?trxref=T1&reference=T1").headers.get("x-middleware-next")).toBe("1")
    expect(visit("/checkout").headers.get("location")).toBe("http://localhost:8000/ng/checkout")
  })

  it("lets a path under a country through without calling any backend", () => {
    for (const path of ["/ng", "/us/products/the-quiet-draft", "/jp"]) {
      expect(visit(path).headers.get("x-middleware-next")).toBe("1")
    }
  })
})

describe("proxy: the book listing", () => {
  const rewrite = (path: string) => visit(path).headers.get("x-middleware-rewrite")

  it("serves a filtered listing from its canonical cached page, whatever the parameter order", () => {
    const expected = "http://localhost:8000/ng/store/v/category%3Dfiction%26format%3Debook%26sort%3Dprice_asc"
    expect(rewrite("/ng/store?sort=price_asc&format=ebook&category=fiction")).toBe(expected)
    expect(rewrite("/ng/store?category=FICTION&format=ebook&sort=price_asc&utm_source=mail")).toBe(expected)
  })

  it("drops unknown and malformed values instead of minting cache entries", () => {
    expect(rewrite("/ng/store?sort=cheapest&page=-3&format=vinyl&category=<script>")).toBe("http://localhost:8000/ng/store")
    expect(rewrite("/ng/store?page=9999")).toBe("http://localhost:8000/ng/store")
    expect(rewrite("/ng/store?page=2")).toBe("http://localhost:8000/ng/store/v/page%3D2")
  })

  it("leaves the plain listing alone", () => {
    expect(visit("/ng/store").headers.get("x-middleware-next")).toBe("1")
  })
})

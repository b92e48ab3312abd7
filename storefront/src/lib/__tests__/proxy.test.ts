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

  it("lets a path under a country through without calling any backend", () => {
    for (const path of ["/ng", "/us/products/the-quiet-draft", "/jp"]) {
      expect(visit(path).headers.get("x-middleware-next")).toBe("1")
    }
  })
})

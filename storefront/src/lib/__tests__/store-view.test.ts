import { describe, expect, it } from "vitest"
import { parseStoreView, storeHref, storeViewQuery, STORE_MAX_PAGE } from "../util/store-view"

const view = (query: string) => parseStoreView(new URLSearchParams(query))

describe("store view", () => {
  it("reads filters, sort and page, lower-casing handles", () => {
    expect(view("category=Fiction&collection=bestsellers&format=print&sort=price_desc&page=3")).toEqual({
      category: "fiction",
      collection: "bestsellers",
      format: "print",
      sort: "price_desc",
      page: 3,
    })
  })

  it("falls back to the defaults for anything it does not know", () => {
    expect(view("sort=random&format=audio&page=0&category=a%20b")).toEqual({ sort: "newest", page: 1 })
    expect(view(`page=${STORE_MAX_PAGE + 1}`).page).toBe(1)
    expect(view("page=1.5").page).toBe(1)
  })

  it("writes one canonical query per view, leaving defaults out", () => {
    expect(storeViewQuery(view("sort=price_asc&category=fiction"))).toBe("category=fiction&sort=price_asc")
    expect(storeViewQuery(view("sort=newest&page=1"))).toBe("")
    expect(storeHref("ng", { category: "fiction", page: 2 })).toBe("/ng/store?category=fiction&page=2")
    expect(storeHref("us")).toBe("/us/store")
  })
})

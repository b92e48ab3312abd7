import { describe, expect, it } from "vitest"
import { MAX_SEARCH_LENGTH, parseSearchQuery } from "../util/search-query"

describe("search query", () => {
  it("trims and collapses spaces; nothing to search is null", () => {
    expect(parseSearchQuery("  quiet   draft ")).toEqual({ ok: true, q: "quiet draft" })
    expect(parseSearchQuery("   ")).toBeNull()
    expect(parseSearchQuery(undefined)).toBeNull()
  })

  it("refuses a search longer than commerce accepts, saying how long it may be", () => {
    expect(parseSearchQuery("x".repeat(MAX_SEARCH_LENGTH + 1))).toEqual({ ok: false, error: "Search for at most 100 characters." })
  })
})

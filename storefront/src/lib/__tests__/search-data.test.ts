import { afterEach, describe, expect, it, vi } from "vitest"
import { fakeCommerce, json } from "./fake-commerce"

/** The search data functions against a fake commerce, with the request headers the search page or route handler sees. */
async function load(requestHeaders: Headers) {
  const fake = fakeCommerce((call) => json(call.path.endsWith("/suggest") ? { results: [] } : { results: [], facets: { total: 0 } }))
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ headers: async () => requestHeaders }))
  const search = await import("../data/search")
  return { ...search, calls: fake.calls }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
})

describe("site search's calls to commerce", () => {
  it("carry the reader's address, so commerce's search limit counts each reader and not the storefront", async () => {
    // As the proxy leaves them on the search paths: the client's own X-Forwarded-For moved aside, the peer in its place.
    const { listSearchResults, listSearchSuggestions, calls } = await load(new Headers({ "x-forwarded-for": "203.0.113.7", "x-storefront-forwarded-for": "1.2.3.4" }))
    await listSearchResults({ q: "outline", kind: null, sort: "relevance" }, { regionId: "reg_1" })
    await listSearchSuggestions({ q: "outl", regionId: "reg_1" })
    expect(calls.map((c) => c.path)).toEqual(["/store/search", "/store/search/suggest"])
    // No proxy is trusted here: the peer is the reader, and what the client wrote is not believed.
    expect(calls.map((c) => c.headers.get("x-forwarded-for"))).toEqual(["203.0.113.7", "203.0.113.7"])
  })
})

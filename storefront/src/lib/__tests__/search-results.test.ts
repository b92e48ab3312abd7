import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import type { SearchSuggestion } from "@/app/api/search/route"
import { groupByKind, highlightRuns, type SearchAnswer, type SearchFacets, type SearchResult, type SearchView } from "../util/search-results"
import { groupSuggestions, shownOrder } from "@/modules/search/components/search-box/group-suggestions"
import SearchResults from "@/modules/search/templates/search-results"

const result = (kind: SearchResult["kind"], title_html: string, url: string, extra: Partial<SearchResult> = {}): SearchResult => ({
  kind,
  title_html,
  snippet_html: "",
  url,
  published_at: null,
  starts_at: null,
  price: null,
  ...extra,
})
const suggestion = (kind: SearchSuggestion["kind"], href: string): SearchSuggestion => ({ kind, href, title: [{ text: href, marked: false }], price: null })

describe("highlightRuns", () => {
  it("splits commerce's escaped, marked text into plain runs", () => {
    expect(highlightRuns("How I <mark>outline</mark> a book &amp; &lt;more&gt;")).toEqual([
      { text: "How I ", marked: false },
      { text: "outline", marked: true },
      { text: " a book & <more>", marked: false },
    ])
  })

  it("keeps any other tag out, as text never rendered as markup", () => {
    const runs = highlightRuns('<img src=x onerror="alert(1)"><mark>Ola</mark>')
    expect(runs).toEqual([{ text: "Ola", marked: true }])
  })
})

describe("grouping", () => {
  it("groups results by kind in the order of each kind's best match", () => {
    const groups = groupByKind([result("post", "a", "/blog/a"), result("book", "b", "/products/b"), result("post", "c", "/blog/c")])
    expect(groups.map((g) => [g.kind, g.results.map((r) => r.url)])).toEqual([
      ["post", ["/blog/a", "/blog/c"]],
      ["book", ["/products/b"]],
    ])
  })

  it("numbers suggestions in the order shown, so the arrow keys follow the groups", () => {
    const flat = [suggestion("post", "/ng/blog/a"), suggestion("book", "/ng/products/b"), suggestion("post", "/ng/blog/c")]
    expect(shownOrder(flat).map((s) => s.href)).toEqual(["/ng/blog/a", "/ng/blog/c", "/ng/products/b"])
    const groups = groupSuggestions(flat)
    expect(groups.map((g) => [g.label, g.items.map((i) => i.index)])).toEqual([
      ["Posts", [0, 1]],
      ["Books", [2]],
    ])
  })
})

describe("SearchResults", () => {
  type Answer = Partial<SearchAnswer> & { results: SearchResult[] }
  const facetsOf = (results: SearchResult[]): SearchFacets => {
    const kinds = groupByKind(results).map((g) => ({ value: g.kind, count: g.results.length }))
    return { total: results.length, capped: false, kind: kinds, category: [], format: [] }
  }
  const render = (answer: Answer, view: Partial<SearchView> = {}, categories: { handle: string; name: string }[] = []) =>
    renderToStaticMarkup(
      createElement(SearchResults, {
        view: { q: "outline", kind: null, sort: "relevance", ...view },
        answer: { facets: facetsOf(answer.results), did_you_mean: null, popular_categories: [], ...answer },
        categories: categories.map((c) => ({ id: c.handle, ...c })) as never,
        countryCode: "ng",
      })
    )

  it("shows each kind's section with its results, highlighted words, prices and links under the country", () => {
    const html = render({
      results: [
        result("post", "How I <mark>outline</mark>", "/blog/how-i-outline"),
        result("book", "The Quiet Draft", "/products/the-quiet-draft", { snippet_html: "honest <mark>outlines</mark>", price: { amount: 18500, currency_code: "ngn" } }),
      ],
    })
    expect(html).toContain('data-testid="search-count">2 results')
    expect(html.indexOf("search-section-post")).toBeLessThan(html.indexOf("search-section-book"))
    expect(html).toContain('href="/ng/blog/how-i-outline"')
    expect(html).toContain("<mark>outline</mark>")
    expect(html).toContain("<mark>outlines</mark>")
    expect(html).toMatch(/₦\s?18,500/)
    expect(html).toContain('data-testid="search-count-book">1 book')
  })

  it("offers the kinds that have matches as filters, with their counts, marking the one shown", () => {
    const results = [result("event", "Outline workshop", "/events/w")]
    const html = render({ results, facets: { total: 3, capped: false, kind: [{ value: "event", count: 1 }, { value: "discussion", count: 2 }], category: [], format: [] } }, { kind: "event" })
    expect(html).toContain('href="/ng/search?q=outline&amp;kind=discussion"')
    expect(html).not.toContain("kind=course")
    expect(html).toMatch(/aria-current="page"[^>]*>Events <span[^>]*data-testid="search-kind-count-event">1</)
    expect(html).toContain('data-testid="search-kind-count-all">3')
  })

  it("offers book categories and formats with their counts, and the order, keeping the other choices", () => {
    const results = [result("book", "Garden suppers", "/products/garden-suppers")]
    const facets = { total: 1, capped: false, kind: [{ value: "book", count: 1 }], category: [{ value: "cookery", count: 1 }], format: [{ value: "print", count: 1 }] }
    const html = render({ results, facets }, { format: "print" }, [{ handle: "cookery", name: "Cookery" }])
    expect(html).toContain('href="/ng/search?q=outline&amp;category=cookery&amp;format=print"')
    expect(html).toMatch(/aria-current="true"[^>]*>Print</)
    expect(html).toContain('href="/ng/search?q=outline&amp;format=print&amp;sort=newest"')
    expect(html).toContain(">Cookery<")
  })

  it("says when nothing matches, in the kind asked for, with the nearest query and the popular categories", () => {
    expect(render({ results: [] }, { kind: "course" })).toContain("Nothing matches “outline” in courses")
    const html = render(
      { results: [], did_you_mean: "outlines", popular_categories: [{ value: "cookery", count: 4 }] },
      {},
      [{ handle: "fiction", name: "Fiction" }, { handle: "cookery", name: "Cookery" }]
    )
    expect(html).toContain('Did you mean <a href="/ng/search?q=outlines">outlines</a>?')
    expect(html).toContain('href="/ng/store?category=cookery"')
    expect(html).not.toContain('href="/ng/store?category=fiction"')
  })
})

import net from "node:net"
import { startFakeMeilisearch, type FakeMeilisearch } from "../../../../integration-tests/utils/fake-meilisearch"
import type { EngineContext, EngineSearchOptions, IndexedDocument, SearchEngine } from "../lib/engine"
import { searchEngineFor } from "../lib/engines"
import { SearchUnavailableError } from "../lib/meilisearch-client"
import { filterValue, MeilisearchSearchEngine } from "../lib/meilisearch-engine"
import { parseSearchQuery } from "../lib/parse-query"
import { MARK_END, MARK_START } from "../lib/sql"

const KEY = "meili-master-key"
const DAY = 24 * 3600_000
// The Meilisearch engine keeps nothing in PostgreSQL: it is never handed a manager it would use.
const ctx = {} as EngineContext
const marked = (word: string) => `${MARK_START}${word}${MARK_END}`

const doc = (over: Partial<IndexedDocument> & Pick<IndexedDocument, "kind" | "source_id" | "title">): IndexedDocument => ({
  summary: null,
  body: null,
  url_path: `/${over.kind}/${over.source_id}`,
  product_id: null,
  published_at: new Date("2026-11-01T00:00:00Z"),
  starts_at: null,
  categories: [],
  formats: [],
  ...over,
})

describe("Meilisearch engine (against a fake Meilisearch v1 server)", () => {
  let meili: FakeMeilisearch
  let engine: SearchEngine
  let uid = 0
  const search = (q: string, options: Partial<EngineSearchOptions> = {}) =>
    engine.search(parseSearchQuery(q, { typing: options.typing }), { sort: "relevance", limit: 20, perKind: 20, typing: false, facets: false, ...options }, ctx)
  const urls = async (q: string, options: Partial<EngineSearchOptions> = {}) => (await search(q, options)).hits.map((h) => h.url_path)

  beforeAll(async () => {
    // Writes are applied 20 ms after they are accepted: a search right after index() shows the engine waited.
    meili = await startFakeMeilisearch({ masterKey: KEY, taskDelayMs: 20 })
  })
  afterAll(() => meili.stop())
  beforeEach(async () => {
    engine = new MeilisearchSearchEngine({ url: meili.url, api_key: KEY, index: `site_search_${++uid}` })
    await engine.index(
      [
        doc({ kind: "post", source_id: "1", title: "How I outline a book in a weekend", summary: "One promise and a Sunday deadline.", url_path: "/blog/how-i-outline" }),
        doc({ kind: "book", source_id: "prod_1", title: "The Quiet Draft", body: "A practical guide: daily pages, honest outlines and quiet discipline.", url_path: "/products/the-quiet-draft", product_id: "prod_1" }),
      ],
      ctx
    )
  })

  it("creates the index with its settings, and finds what it indexed at once, title matches first, with the module's marks", async () => {
    expect(meili.settings(`site_search_${uid}`)).toMatchObject({
      searchableAttributes: ["title", "summary", "body"],
      filterableAttributes: expect.arrayContaining(["audience", "kind", "categories", "formats", "url_path", "starts_at_ts"]),
      sortableAttributes: ["at_ts"],
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    })
    const { hits } = await search("outline")
    expect(hits.map((h) => h.url_path)).toEqual(["/blog/how-i-outline", "/products/the-quiet-draft"])
    expect(hits[0]).toMatchObject({ kind: "post", source_id: "1", title_marked: `How I ${marked("outline")} a book in a weekend` })
    expect(hits[1]).toMatchObject({ kind: "book", product_id: "prod_1" })
    expect(hits[1].snippet_marked).toContain(marked("outlines"))
    // Each write waited for its task: GET /tasks/{uid} was asked after each 202.
    expect(meili.requests.some((r) => /^\/tasks\/\d+$/.test(r.path))).toBe(true)
  })

  it("forgives one typo in a long word, reads the last word as a prefix only while typing, and matches phrases in order", async () => {
    expect(await urls("outlnie")).toEqual(["/blog/how-i-outline"])
    // Meilisearch does not stem: "outlines" is two edits from "outlnie", and a seven-letter word may have one.
    expect(await urls("outlnies")).toEqual(["/products/the-quiet-draft"])
    expect(await urls("outl", { typing: true })).toEqual(["/blog/how-i-outline", "/products/the-quiet-draft"])
    expect(await urls("outl")).toEqual([])
    expect(await urls('"honest outlines"')).toEqual(["/products/the-quiet-draft"])
    expect(await urls('"outlines honest"')).toEqual([])
  })

  it("never answers a document that is not for every reader, whatever it holds", async () => {
    // Put there behind the engine's back: only the audience filter keeps it out.
    const put = await fetch(`${meili.url}/indexes/site_search_${uid}/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: JSON.stringify([{ id: "post-99", kind: "post", source_id: "99", title: "Outline for staff only", url_path: "/post/99", audience: "staff" }]),
    })
    expect(put.status).toBe(202)
    await new Promise((r) => setTimeout(r, 100))
    expect(meili.documents(`site_search_${uid}`)).toHaveLength(3)
    expect(await urls("outline")).not.toContain("/post/99")
  })

  it("counts facets under the filters each follows, filters books by category and format, and escapes every filter value", async () => {
    await engine.index(
      [
        doc({ kind: "book", source_id: "b1", title: "Garden suppers", categories: ["cookery"], formats: ["print"] }),
        doc({ kind: "book", source_id: "b2", title: "Garden soups", categories: ["cookery"], formats: ["ebook"] }),
        doc({ kind: "book", source_id: "b3", title: "My mother's garden", categories: ["memoir"], formats: ["print", "ebook"] }),
        doc({ kind: "post", source_id: "p1", title: "A garden diary" }),
      ],
      ctx
    )
    const { facets } = await search("garden", { facets: true })
    expect(facets).toEqual({
      total: 4,
      capped: false,
      kind: [{ value: "book", count: 3 }, { value: "post", count: 1 }],
      category: [{ value: "cookery", count: 2 }, { value: "memoir", count: 1 }],
      format: [{ value: "ebook", count: 2 }, { value: "print", count: 2 }],
    })
    expect((await urls("garden", { kinds: ["book"], category: "cookery" })).sort()).toEqual(["/book/b1", "/book/b2"])
    const ebooks = await search("garden", { kinds: ["book"], format: "ebook", facets: true })
    expect(ebooks.hits.map((h) => h.url_path).sort()).toEqual(["/book/b2", "/book/b3"])
    expect(ebooks.facets).toMatchObject({ total: 2, category: [{ value: "cookery", count: 1 }, { value: "memoir", count: 1 }] })
    expect(ebooks.facets!.kind).toContainEqual({ value: "post", count: 1 })

    expect(filterValue('cook"ery\\')).toBe('"cook\\"ery\\\\"')
    // A value that tries to close its quotes and add a condition stays one value: it finds nothing.
    expect(await urls("garden", { kinds: ["book"], category: 'x" OR kind = "book' })).toEqual([])
    expect(await urls("garden", { kinds: ["book"], category: 'x\\" OR kind = \\"book' })).toEqual([])
  })

  it("sorts newest first, and puts past events after upcoming ones", async () => {
    await engine.index(
      [
        doc({ kind: "event", source_id: "e1", title: "Plotting workshop (last year)", published_at: null, starts_at: new Date(Date.now() - 30 * DAY) }),
        doc({ kind: "event", source_id: "e2", title: "Plotting workshop", published_at: null, starts_at: new Date(Date.now() + 30 * DAY) }),
        doc({ kind: "post", source_id: "p2", title: "Old plotting notes", published_at: new Date("2020-01-01T00:00:00Z") }),
      ],
      ctx
    )
    expect(await urls("plotting", { kinds: ["event"] })).toEqual(["/event/e2", "/event/e1"])
    expect(await urls("plotting", { sort: "newest" })).toEqual(["/event/e2", "/event/e1", "/post/p2"])
    expect(await urls("plotting", { perKind: 1, limit: 5, typing: true })).toEqual(["/event/e2", "/post/p2"])
  })

  it("removes by id, by storefront path, and whatever a rebuild no longer lists; counts popular categories", async () => {
    await engine.index(
      [
        doc({ kind: "book", source_id: "b/1 ä", title: "Quince jelly", categories: ["cookery"] }),
        doc({ kind: "book", source_id: "b2", title: "Quince tart", categories: ["cookery"] }),
        doc({ kind: "book", source_id: "b3", title: "Quince memoir", categories: ["memoir"] }),
        doc({ kind: "post", source_id: "p3", title: "Quince notes", url_path: "/blog/quince-notes" }),
      ],
      ctx
    )
    expect(await engine.popularCategories(1, ctx)).toEqual([{ value: "cookery", count: 2 }])
    await engine.remove("book", ["b/1 ä"], ctx)
    await engine.removeAtPath("post", "/blog/quince-notes", ctx)
    expect((await urls("quince")).sort()).toEqual(["/book/b2", "/book/b3"])
    await engine.keepOnly("book", ["b3", "prod_1"], ctx)
    expect(await urls("quince")).toEqual(["/book/b3"])
    expect(await urls("quiet")).toEqual(["/products/the-quiet-draft"])
  })

  it("finds nothing, without an error, before the first write has created the index", async () => {
    const fresh: SearchEngine = new MeilisearchSearchEngine({ url: meili.url, api_key: KEY, index: "never_written" })
    const page = await fresh.search(parseSearchQuery("outline"), { sort: "relevance", limit: 5, perKind: 5, typing: false, facets: true }, ctx)
    expect(page).toEqual({ hits: [], facets: { total: 0, capped: false, kind: [], category: [], format: [] } })
    expect(await fresh.popularCategories(3, ctx)).toEqual([])
    expect(meili.settings("never_written")).toBeUndefined()
  })

  it("reports a refused key and a server that does not answer as search being unavailable (503), naming the cause", async () => {
    const wrongKey: SearchEngine = new MeilisearchSearchEngine({ url: meili.url, api_key: "not-the-key", index: `site_search_${uid}` })
    const error = await wrongKey.search(parseSearchQuery("outline"), { sort: "relevance", limit: 5, perKind: 5, typing: false, facets: false }, ctx).catch((e) => e)
    expect(error).toBeInstanceOf(SearchUnavailableError)
    expect(error).toMatchObject({ status: 503, statusCode: 503, expose: false })
    expect(error.message).toMatch(/MEILISEARCH_API_KEY .*403 invalid_api_key: The provided API key is invalid/)

    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo
        probe.close(() => resolve(port))
      })
    })
    const down: SearchEngine = new MeilisearchSearchEngine({ url: `http://127.0.0.1:${closedPort}`, api_key: KEY })
    const failure = await down.index([doc({ kind: "post", source_id: "x", title: "x" })], ctx).catch((e) => e)
    expect(failure).toBeInstanceOf(SearchUnavailableError)
    expect(failure.message).toMatch(/did not answer POST \/indexes: ECONNREFUSED/)
  })

  it("is chosen by the module's options, which must say where the server is", () => {
    expect(searchEngineFor({}).constructor.name).toBe("PostgresSearchEngine")
    expect(searchEngineFor({ engine: "meilisearch", meilisearch: { url: meili.url, api_key: KEY } })).toBeInstanceOf(MeilisearchSearchEngine)
    expect(() => searchEngineFor({ engine: "meilisearch" })).toThrow(/needs meilisearch.url and meilisearch.api_key \(MEILISEARCH_URL, MEILISEARCH_API_KEY\)/)
    expect(() => searchEngineFor({ engine: "opensearch" as never })).toThrow(/engine must be one of postgres, meilisearch/)
  })
})

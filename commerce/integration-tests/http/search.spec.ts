import { CMS_PORT, REVALIDATE_SECRET } from "../utils/search-env"
import "../utils/community-env"
import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductsWorkflow, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { moderateCommunityWorkflow } from "../../src/workflows/community/moderate"
import rebuildSearchIndex from "../../src/scripts/search-rebuild"
import { SEARCH_MODULE } from "../../src/modules/search"
import type SearchModuleService from "../../src/modules/search/service"
import type { SearchEngine } from "../../src/modules/search/lib/engine"
import { searchEngineFor } from "../../src/modules/search/lib/engines"
import { startFakeMeilisearch } from "../utils/fake-meilisearch"
import { openCommunity, type Headers } from "../utils/community"
import { eventually } from "../utils/shop"

jest.setTimeout(240 * 1000)

type CmsDoc = Record<string, unknown> & { id: number; slug: string; title: string }
type Result = { kind: string; title_html: string; snippet_html: string; url: string; price: { amount: number; currency_code: string } | null }
type Facet = { value: string; count: number }

const lexical = (text: string) => ({ root: { type: "root", children: [{ type: "paragraph", children: [{ type: "text", text }] }] } })
const DAY = 24 * 3600_000

/**
 * (The runner restores the database to its state after beforeAll before each
 * test: each test starts from the post and the book indexed there.)
 *
 * One search across books, courses, posts, events, pages and discussions:
 * the index follows each owner (product events, community workflows, the
 * cms's revalidation calls) and answers only what every reader may see.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    // What the cms publishes: its REST API shows an anonymous reader only these.
    const published: Record<"posts" | "events" | "pages", CmsDoc[]> = { posts: [], events: [], pages: [] }
    let cms: http.Server
    let key: Headers
    let c: Awaited<ReturnType<typeof openCommunity>>

    const call = <T = any>(p: Promise<{ status: number; data: T }>) => p.catch((e) => e.response as { status: number; data: any })
    const search = (params: Record<string, string | number>) => call(api.get("/store/search", { headers: key, params }))
    const suggest = (q: string) => call(api.get("/store/search/suggest", { headers: key, params: { q } }))
    const results = async (params: Record<string, string | number>): Promise<Result[]> => {
      const res = await search(params)
      expect(res.status).toBe(200)
      return res.data.results
    }
    const urls = async (params: Record<string, string | number>) => (await results(params)).map((r) => r.url)
    /** The cms says these documents changed, as its afterChange hooks do. */
    const cmsChanged = (...tags: string[]) =>
      api.post("/hooks/cms/revalidate", { tags }, { headers: { "x-revalidate-secret": REVALIDATE_SECRET } })
    const publishPost = async (doc: CmsDoc) => {
      published.posts = [...published.posts.filter((d) => d.id !== doc.id), doc]
      const { data } = await cmsChanged("posts", `post:${doc.slug}`)
      expect(data.indexed).toEqual([`post:${doc.slug}`])
    }
    const createBook = async (
      handle: string,
      title: string,
      description: string,
      status = ProductStatus.PUBLISHED,
      { formats = ["Ebook"], categoryIds = [] as string[] } = {}
    ) => {
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title,
              handle,
              description,
              status,
              category_ids: categoryIds,
              options: [{ title: "Format", values: formats }],
              variants: formats.map((f) => ({ title: f, options: { Format: f }, prices: [{ currency_code: "usd", amount: 12 }] })),
            },
          ],
        },
      })
      return result[0]
    }
    /** Two cookery books (one print, one ebook), a memoir in both formats and a post, all about gardens. */
    const gardenShelf = async () => {
      const { result: categories } = await createProductCategoriesWorkflow(getContainer()).run({
        input: {
          product_categories: [
            { name: "Cookery", handle: "cookery", is_active: true },
            { name: "Memoir", handle: "memoir", is_active: true },
          ],
        },
      })
      const id = (handle: string) => categories.find((c) => c.handle === handle)!.id
      await createBook("garden-suppers", "Garden suppers", "Cooking from a small garden.", ProductStatus.PUBLISHED, { formats: ["Paperback"], categoryIds: [id("cookery")] })
      await createBook("garden-soups", "Garden soups", "Soups from the garden.", ProductStatus.PUBLISHED, { formats: ["Ebook"], categoryIds: [id("cookery")] })
      await createBook("my-mothers-garden", "My mother's garden", "A memoir.", ProductStatus.PUBLISHED, { formats: ["Hardcover", "Ebook"], categoryIds: [id("memoir")] })
      await publishPost({ id: 20, slug: "garden-diary", title: "A garden diary", content: lexical("Weeds."), publishedAt: new Date(Date.now() + DAY).toISOString() })
      await eventually(() => urls({ q: "garden", kind: "book" }), (found) => found.length === 3, 5000)
    }

    beforeAll(async () => {
      cms = http.createServer((req, reply) => {
        const url = new URL(req.url ?? "/", "http://cms")
        const collection = url.pathname.replace(/^\/api\//, "") as keyof typeof published
        const slug = url.searchParams.get("where[slug][equals]")
        const docs = (published[collection] ?? []).filter((d) => !slug || d.slug === slug)
        reply.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ docs, hasNextPage: false }))
      })
      await new Promise<void>((resolve) => cms.listen(CMS_PORT, "127.0.0.1", resolve))
      c = await openCommunity(api, getContainer)
      key = c.key

      await publishPost({
        id: 1,
        slug: "how-i-outline-a-book",
        title: "How I outline a book in a weekend",
        excerpt: "One promise and a Sunday deadline.",
        content: lexical("Start with the reader's questions."),
        publishedAt: new Date().toISOString(),
      })
      await createBook("the-quiet-draft", "The Quiet Draft", "A practical guide: daily pages, honest outlines and quiet discipline.")
      await eventually(() => urls({ q: "quiet" }), (found) => found.includes("/products/the-quiet-draft"))
    })

    afterAll(async () => {
      await new Promise((resolve) => cms.close(resolve))
    })

    describe("ranking", () => {
      it("puts a title match above a body match, whatever their kinds, and highlights the matched words", async () => {
        const found = await results({ q: "outline" })
        expect(found.map((r) => r.url)).toEqual(["/blog/how-i-outline-a-book", "/products/the-quiet-draft"])
        expect(found[0]).toMatchObject({ kind: "post", title_html: "How I <mark>outline</mark> a book in a weekend" })
        expect(found[1].kind).toBe("book")
        expect(found[1].snippet_html).toContain("<mark>outlines</mark>")
      })

      it("lists upcoming events before past ones", async () => {
        published.events = [
          { id: 7, slug: "past-workshop", title: "Plotting workshop (last year)", startsAt: new Date(Date.now() - 30 * DAY).toISOString() },
          { id: 8, slug: "next-workshop", title: "Plotting workshop", startsAt: new Date(Date.now() + 30 * DAY).toISOString() },
        ]
        await cmsChanged("event:past-workshop", "event:next-workshop")
        expect(await urls({ q: "plotting", kind: "event" })).toEqual(["/events/next-workshop", "/events/past-workshop"])
      })

      it("prices books in the reader's region, and shows a price change within 5 s", async () => {
        const [region] = await getContainer().resolve(Modules.REGION).listRegions({ currency_code: "usd" })
        const priced = async () => (await results({ q: "quiet", kind: "book", region_id: region.id }))[0].price
        expect(await priced()).toEqual({ amount: 12, currency_code: "usd" })
        const [product] = await getContainer().resolve(Modules.PRODUCT).listProducts({ handle: "the-quiet-draft" })
        await updateProductVariantsWorkflow(getContainer()).run({
          input: { selector: { product_id: product.id }, update: { prices: [{ currency_code: "usd", amount: 15 }] } },
        })
        // Search reuses a price for a moment: right after the change it may still show the old one, not for long.
        const changed = Date.now()
        expect(await eventually(priced, (price) => price?.amount === 15, 5000)).toEqual({ amount: 15, currency_code: "usd" })
        expect(Date.now() - changed).toBeLessThan(5000)
      })
    })

    describe("forgiving matching", () => {
      it("reads a word of five letters or more with one typo as the word it misspells", async () => {
        expect(await urls({ q: "outlnie" })).toEqual(["/blog/how-i-outline-a-book", "/products/the-quiet-draft"])
        const typed = (await suggest("outlnie")).data.results as Result[]
        expect(typed.map((r) => r.kind).sort()).toEqual(["book", "post"])
      })

      it("matches the last word as a prefix while typing", async () => {
        // "how" and "i" are stop words; "outl" reaches the post's title and the book's "outlines".
        const typed = (await suggest("how i outl")).data.results as Result[]
        expect(typed.map((r) => r.url)).toEqual(["/blog/how-i-outline-a-book", "/products/the-quiet-draft"])
        expect(typed[0].title_html).toBe("How I <mark>outline</mark> a book in a weekend")
        // Suggestions are titles: no snippet is cut for them.
        expect(typed.map((r) => r.snippet_html)).toEqual(["", ""])
        expect(await urls({ q: "outl" })).toEqual([])
      })

      it("ignores accents and tone marks both ways, and stems English", async () => {
        const { headers } = await c.member("Reader")
        const started = await c.discuss(headers, "Who else is reading her essays?", "Ọlá's essays on memory")
        expect(started.status).toBe(201)
        await publishPost({ id: 2, slug: "ola-visits", title: "Ola visits the writing circle", content: lexical("A guest.") })
        const discussionUrl = `/community/book-club/${started.data.discussion.id}`
        await eventually(() => urls({ q: "Ola" }), (found) => found.includes(discussionUrl))
        expect((await urls({ q: "Ola" })).sort()).toEqual([discussionUrl, "/blog/ola-visits"].sort())
        expect((await urls({ q: "Ọlá" })).sort()).toEqual([discussionUrl, "/blog/ola-visits"].sort())
        expect(await urls({ q: "visiting" })).toEqual(["/blog/ola-visits"])
      })

      it("matches a quoted phrase only with its words in that order", async () => {
        expect(await urls({ q: '"honest outlines"' })).toEqual(["/products/the-quiet-draft"])
        expect(await urls({ q: '"outlines honest"' })).toEqual([])
      })
    })

    describe("visibility", () => {
      it("never shows an unpublished book, and follows it when it is published and unpublished again", async () => {
        const draft = await createBook("secret-manuscript", "The Secret Manuscript", "Not out yet.", ProductStatus.DRAFT)
        const update = (status: ProductStatus) =>
          updateProductsWorkflow(getContainer()).run({ input: { selector: { id: draft.id }, update: { status } } })
        await new Promise((r) => setTimeout(r, 500))
        expect(await urls({ q: "manuscript" })).toEqual([])
        await update(ProductStatus.PUBLISHED)
        await eventually(() => urls({ q: "manuscript" }), (found) => found.length === 1, 5000)
        await update(ProductStatus.DRAFT)
        await eventually(() => urls({ q: "manuscript" }), (found) => found.length === 0, 5000)
      })

      it("drops a discussion when a moderator hides it and brings it back when restored", async () => {
        const { headers } = await c.member("Poster")
        const started = (await c.discuss(headers, "Selling cheap watches here", "Marmalade recipes")).data.discussion
        await eventually(() => urls({ q: "marmalade" }), (found) => found.length === 1, 5000)
        const moderate = (action: "hide" | "restore") =>
          moderateCommunityWorkflow(getContainer()).run({
            input: { action, target_type: "discussion", target_id: started.id, reason: "Spam", actor_type: "staff", actor_id: "user_1" },
          })
        await moderate("hide")
        await eventually(() => urls({ q: "marmalade" }), (found) => found.length === 0, 5000)
        await moderate("restore")
        await eventually(() => urls({ q: "marmalade" }), (found) => found.length === 1, 5000)
      })

      it("drops a cms document once it is unpublished or deleted", async () => {
        await publishPost({ id: 3, slug: "gone-soon", title: "Quince jelly notes", content: lexical("Soon a draft again.") })
        expect(await urls({ q: "quince" })).toEqual(["/blog/gone-soon"])
        published.posts = published.posts.filter((d) => d.id !== 3)
        await cmsChanged("posts", "post:gone-soon")
        expect(await urls({ q: "quince" })).toEqual([])
      })

      it("refuses the cms's call without the shared secret", async () => {
        const res = await call(api.post("/hooks/cms/revalidate", { tags: ["post:anything"] }, { headers: { "x-revalidate-secret": "wrong" } }))
        expect(res.status).toBe(401)
      })
    })

    describe("hostile and bad input", () => {
      it("answers 200 or 400, never 500, to query syntax and SQL", async () => {
        const hostile = ["'); drop table search_document; --", "&|!:*()<>", "a & b | !c", "outline:*", "\\", "'", '"', '""', "((", "<->", "%_", "ǅ𝒜ß", "-", "*"]
        for (const q of hostile) {
          for (const res of [await search({ q }), await suggest(q)]) {
            expect([200, 400]).toContain(res.status)
          }
        }
        expect(await urls({ q: "outline" })).toHaveLength(2)
      })

      it("answers a 400 naming the bad parameter", async () => {
        const expect400 = async (params: Record<string, string | number>, field: RegExp) => {
          const res = await search(params)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(field)
        }
        await expect400({}, /q/)
        await expect400({ q: "x".repeat(101) }, /'q' too big, expected at most: '100'/)
        await expect400({ q: "outline", kind: "everything" }, /kind/)
        await expect400({ q: "outline", limit: 500 }, /limit/)
        await expect400({ q: "outline", sort: "best" }, /Expected: 'relevance, newest' for field 'sort'/)
        await expect400({ q: "outline", format: "audiobook" }, /Expected: 'print, ebook' for field 'format'/)
        await expect400({ q: "outline", category: "Cookery Books" }, /category must be a category handle/)
        await expect400({ q: "outline", kind: "post", category: "cookery" }, /category and format filter books/)
        await expect400({ q: "outline", region_id: "'; --" }, /region_id/)
      })

      it("escapes indexed text so a title cannot carry markup", async () => {
        await publishPost({ id: 4, slug: "markup", title: '<img src=x onerror="alert(1)"> Tamarind', content: lexical("x") })
        const [hit] = await results({ q: "tamarind" })
        expect(hit.title_html).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>Tamarind</mark>")
      })
    })

    describe("facets and sort", () => {
      it("counts every match by kind, and books by category and format; filters by them", async () => {
        await gardenShelf()
        const { data } = await search({ q: "garden" })
        expect(data.facets.total).toBe(4)
        expect(data.facets.kind).toEqual([
          { value: "book", count: 3 },
          { value: "post", count: 1 },
        ])
        expect(data.facets.category).toEqual([
          { value: "cookery", count: 2 },
          { value: "memoir", count: 1 },
        ])
        expect(data.facets.format).toEqual([
          { value: "ebook", count: 2 },
          { value: "print", count: 2 },
        ])
        expect((await urls({ q: "garden", category: "cookery" })).sort()).toEqual(["/products/garden-soups", "/products/garden-suppers"])
        expect((await urls({ q: "garden", format: "ebook" })).sort()).toEqual(["/products/garden-soups", "/products/my-mothers-garden"])
        expect(await urls({ q: "garden", category: "cookery", format: "print" })).toEqual(["/products/garden-suppers"])
        // A category's counts follow the chosen format, and the other way round; kinds count every match.
        const ebooks = (await search({ q: "garden", format: "ebook" })).data.facets
        expect(ebooks.category).toEqual([
          { value: "cookery", count: 1 },
          { value: "memoir", count: 1 },
        ])
        expect(ebooks.total).toBe(2)
        expect(ebooks.kind.find((k: Facet) => k.value === "post")).toEqual({ value: "post", count: 1 })
      })

      it("sorts by relevance (a title match first) or newest first", async () => {
        await gardenShelf()
        await publishPost({ id: 21, slug: "old-notes", title: "Old notes", content: lexical("A garden, long ago."), publishedAt: new Date(Date.now() - 400 * DAY).toISOString() })
        const relevant = await urls({ q: "garden", kind: "post" })
        expect(relevant).toEqual(["/blog/garden-diary", "/blog/old-notes"])
        const newest = await urls({ q: "garden", sort: "newest" })
        expect(newest[0]).toBe("/blog/garden-diary")
        expect(newest.at(-1)).toBe("/blog/old-notes")
        expect(newest).toHaveLength(5)
      })
    })

    describe("nothing found", () => {
      it("offers the nearest query that finds something, and the categories with most books", async () => {
        await gardenShelf()
        const { data } = await search({ q: "outlinesss" })
        expect(data.results).toEqual([])
        expect(data.did_you_mean).toBe("outlines")
        expect(data.popular_categories).toEqual([
          { value: "cookery", count: 2 },
          { value: "memoir", count: 1 },
        ])
        const found = await search({ q: "garden" })
        expect(found.data.did_you_mean).toBeNull()
        expect(found.data.popular_categories).toEqual([])
        expect((await search({ q: "zzxqvw" })).data.did_you_mean).toBeNull()
      })
    })

    describe("staff analytics", () => {
      it("counts searches per normalised query and day, and those that found nothing, without anything personal", async () => {
        const admin = await c.admin()
        const figures = async (params: Record<string, string | number> = { period: "today" }) =>
          (await api.get("/admin/search/queries", { headers: admin, params })).data
        const before = await figures()
        for (const q of ["Outline", "outline ", "OUTLÍNE", "loquat tart", "Loquat  tart!", "ada@example.com", "0803 123 4567"]) {
          expect((await search({ q })).status).toBe(200)
        }
        // Suggestions while typing are keystrokes, not searches.
        await suggest("outline")
        const after = await figures()
        expect(after.searches - before.searches).toBe(5)
        const outline = before.top.find((r: { query: string }) => r.query === "outline")?.searches ?? 0
        expect(after.top).toContainEqual({ query: "outline", searches: outline + 3, empty_searches: 0 })
        expect(after.top).toContainEqual({ query: "loquat tart", searches: 2, empty_searches: 2 })
        expect(after.no_results).toContainEqual({ query: "loquat tart", searches: 2, empty_searches: 2 })
        expect(after.no_results.map((r: { query: string }) => r.query)).not.toContain("outline")
        expect(JSON.stringify(after)).not.toMatch(/ada|example|0803/)
        const lastWeek = await figures({ period: "custom", from: "2020-01-01", to: "2020-01-07" })
        expect(lastWeek).toMatchObject({ searches: 0, top: [], no_results: [] })
      })

      it("counts concurrent searches exactly, and answers only staff, with a 400 for a bad period", async () => {
        const admin = await c.admin()
        const service = getContainer().resolve<SearchModuleService>(SEARCH_MODULE)
        await Promise.all(Array.from({ length: 30 }, () => search({ q: "damson" })))
        await service.flushSearchStats()
        await Promise.all(Array.from({ length: 20 }, () => search({ q: "damson" })))
        const { data } = await api.get("/admin/search/queries", { headers: admin, params: { period: "today" } })
        expect(data.top).toContainEqual({ query: "damson", searches: 50, empty_searches: 50 })
        expect((await call(api.get("/admin/search/queries", { headers: key, params: { period: "today" } }))).status).toBe(401)
        const bad = await call(api.get("/admin/search/queries", { headers: admin, params: { period: "forever" } }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/field 'period'/)
      })
    })

    describe("with SEARCH_ENGINE=meilisearch", () => {
      it("answers the same routes from Meilisearch after a rebuild (drafts never reach it), and 503 while it is down", async () => {
        const container = getContainer()
        const meili = await startFakeMeilisearch({ masterKey: "search-spec-meili-key" })
        // One app per spec file keeps CI short: the module's engine is swapped for the one
        // SEARCH_ENGINE=meilisearch with MEILISEARCH_URL and MEILISEARCH_API_KEY would have chosen at load.
        const service = container.resolve<SearchModuleService>(SEARCH_MODULE) as unknown as { engine: SearchEngine }
        const postgres = service.engine
        service.engine = searchEngineFor({ engine: "meilisearch", meilisearch: { url: meili.url, api_key: "search-spec-meili-key" } })
        try {
          await createBook("unfinished-outline", "An unfinished outline", "Not out yet.", ProductStatus.DRAFT)
          await rebuildSearchIndex({ container, args: [] } as never)
          const indexed = meili.documents("site_search").map((d) => d.url_path)
          expect(indexed).toEqual(expect.arrayContaining(["/blog/how-i-outline-a-book", "/products/the-quiet-draft"]))
          expect(indexed).not.toContain("/products/unfinished-outline")

          const { data } = await search({ q: "outline" })
          expect(meili.requests.at(-1)).toEqual({ method: "POST", path: "/multi-search" })
          expect(data.results.map((r: Result) => r.url)).toEqual(["/blog/how-i-outline-a-book", "/products/the-quiet-draft"])
          expect(data.results[0]).toMatchObject({ kind: "post", title_html: "How I <mark>outline</mark> a book in a weekend" })
          expect(data.results[1].snippet_html).toContain("<mark>outlines</mark>")
          expect(data.facets).toMatchObject({ total: 2, kind: [{ value: "book", count: 1 }, { value: "post", count: 1 }] })
          const typed = (await suggest("quiet dra")).data.results as Result[]
          expect(typed.map((r) => r.url)).toEqual(["/products/the-quiet-draft"])
          // Changes reach it through the same subscribers: a published book is searchable when the event has been handled.
          await createBook("outline-workbook", "The outline workbook", "Exercises.")
          await eventually(() => urls({ q: "workbook" }), (found) => found.length === 1, 5000)

          await meili.stop()
          const down = await search({ q: "outline" })
          expect(down.status).toBe(503)
          expect((await suggest("outl")).status).toBe(503)
        } finally {
          service.engine = postgres
          await meili.stop().catch(() => undefined)
        }
      })
    })

    describe("rebuild", () => {
      it("reads every owner again: lost documents come back, withdrawn ones go", async () => {
        const container = getContainer()
        const { headers } = await c.member("Rebuilder")
        await c.discuss(headers, "Seen on the coast", "Quokka field notes")
        await eventually(() => urls({ q: "quokka" }), (found) => found.length === 1, 5000)
        await publishPost({ id: 10, slug: "withdrawn", title: "Gooseberry fool", content: lexical("Soon withdrawn.") })
        // The cms withdrew one post and published another while commerce heard nothing,
        // and the index lost its books and discussions.
        published.posts = [
          ...published.posts.filter((d) => d.id !== 10),
          { id: 11, slug: "persimmon-diary", title: "Persimmon diary", content: lexical("Unannounced.") },
        ]
        const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw: (sql: string) => Promise<unknown> }
        await db.raw("DELETE FROM search_document WHERE kind IN ('book', 'discussion')")
        expect(await urls({ q: "quokka" })).toEqual([])

        await rebuildSearchIndex({ container, args: [] } as never)
        expect(await urls({ q: "outline" })).toEqual(["/blog/how-i-outline-a-book", "/products/the-quiet-draft"])
        expect(await urls({ q: "quokka" })).toHaveLength(1)
        expect(await urls({ q: "persimmon" })).toEqual(["/blog/persimmon-diary"])
        expect(await urls({ q: "gooseberry" })).toEqual([])
      })
    })
  },
})

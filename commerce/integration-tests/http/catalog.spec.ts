import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  deleteProductVariantsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/core-flows"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"

jest.setTimeout(120 * 1000)

type CatalogProduct = {
  id: string
  handle: string
  created_at: string
  variants: { id: string; title: string; calculated_price: { calculated_amount: number; currency_code: string } }[]
}
type CatalogPage = { products: CatalogProduct[]; count: number; limit: number; offset: number }

const fromPrice = (p: CatalogProduct) => Math.min(...p.variants.map((v) => v.calculated_price.calculated_amount))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let ngn: string
    let usd: string
    let storefrontChannel: string

    const catalog = async (params: Record<string, string | number>, region = ngn) => {
      const res = await api.get("/store/catalog/products", { headers, params: { region_id: region, ...params } })
      return res.data as CatalogPage
    }
    const refused = (params: Record<string, string | number>) =>
      api.get("/store/catalog/products", { headers, params }).catch((e) => e.response)

    const ebook = (title: string, status: ProductStatus, channel: string, ngnAmount: number) => ({
      title,
      status,
      sales_channels: [{ id: channel }],
      options: [{ title: "Format", values: ["Ebook"] }],
      variants: [{ title: "Ebook", options: { Format: "Ebook" }, manage_inventory: false, prices: [{ currency_code: "ngn", amount: ngnAmount }] }],
    })
    const handlesByPrice = async (sort: "price_asc" | "price_desc", region = ngn) =>
      (await catalog({ sort, limit: 48 }, region)).products.map((p) => p.handle)
    /** Every price of a variant as the shop shows them, with one currency's amount replaced. */
    const repriced = async (variantId: string, currency: string, amount: number) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["price_set.prices.*"], filters: { id: variantId } })
      const prices = (data[0] as any).price_set.prices as { currency_code: string; amount: number }[]
      return prices.map((p) => ({ currency_code: p.currency_code, amount: p.currency_code === currency ? amount : p.amount }))
    }
    const setPrice = async (variantId: string, currency: string, amount: number) =>
      updateProductVariantsWorkflow(getContainer()).run({
        input: { product_variants: [{ id: variantId, prices: await repriced(variantId, currency, amount) }] },
      })

    beforeAll(async () => {
      const container = getContainer()
      await seedDemoData({ container, args: [] } as any)
      const { data: key } = await api.get("/storefront/publishable-key")
      headers = { "x-publishable-api-key": key.publishable_key }
      const { data } = await api.get("/store/regions", { headers })
      ngn = data.regions.find((r: any) => r.currency_code === "ngn").id
      usd = data.regions.find((r: any) => r.currency_code === "usd").id

      // Two books a shopper must never see: a draft in the storefront's
      // channel, and a published book sold only through another channel.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({ entity: "api_key", fields: ["sales_channels.id"], filters: { title: "Storefront" } })
      storefrontChannel = keys[0].sales_channels![0]!.id
      const { result: channels } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Wholesale" }] },
      })
      await createProductsWorkflow(container).run({
        input: {
          products: [
            ebook("Hidden Draft Book", ProductStatus.DRAFT, storefrontChannel, 10),
            ebook("Hidden Wholesale Book", ProductStatus.PUBLISHED, channels[0].id, 10),
          ],
        },
      })
    })

    it("lists the published books of the key's channel, newest first, priced for the region", async () => {
      const page = await catalog({})
      expect(page).toMatchObject({ count: 8, limit: 12, offset: 0 })
      expect(page.products.map((p) => p.handle)).not.toContain(undefined)
      expect(page.products.every((p) => p.variants.every((v) => v.calculated_price.currency_code === "ngn"))).toBe(true)
      const created = page.products.map((p) => Date.parse(p.created_at))
      expect(created).toEqual([...created].sort((a, b) => b - a))
    })

    it("sorts by the cheapest format's price in the region's currency, both ways", async () => {
      for (const region of [ngn, usd]) {
        const ascending = (await catalog({ sort: "price_asc" }, region)).products.map(fromPrice)
        expect(ascending).toHaveLength(8)
        expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
        const descending = (await catalog({ sort: "price_desc" }, region)).products.map(fromPrice)
        expect(descending).toEqual([...ascending].reverse())
      }
    })

    it("sorts by title", async () => {
      const titles = (await catalog({ sort: "title" })).products.map((p) => p.handle)
      expect(titles[0]).toBe("deep-work-in-lagos")
      expect(titles.at(-1)).toBe("the-teachers-notebook")
    })

    it("filters by category, by collection and by format, alone and together", async () => {
      const fiction = await catalog({ category: "fiction" })
      expect(fiction.products.map((p) => p.handle).sort()).toEqual(["harmattan-letters", "the-long-afternoon"])

      const ebooks = await catalog({ format: "ebook", limit: 48 })
      expect(ebooks.count).toBe(7)
      expect(ebooks.products.map((p) => p.handle)).not.toContain("harmattan-letters")
      const print = await catalog({ format: "print", limit: 48 })
      expect(print.count).toBe(7)
      expect(print.products.map((p) => p.handle)).not.toContain("sentences-that-sing")

      expect((await catalog({ category: "fiction", format: "ebook" })).products.map((p) => p.handle)).toEqual(["the-long-afternoon"])

      const bestsellers = await catalog({ collection: "bestsellers", limit: 48 })
      expect(bestsellers.count).toBeGreaterThan(0)
      expect(bestsellers.count).toBeLessThan(8)
      const newReleases = await catalog({ collection: "new-releases", limit: 48 })
      expect(bestsellers.count + newReleases.count).toBe(8)

      expect((await catalog({ category: "no-such-category" })).count).toBe(0)
    })

    it("pages through the results with a stable total", async () => {
      const first = await catalog({ sort: "price_asc", limit: 3 })
      const second = await catalog({ sort: "price_asc", limit: 3, offset: 3 })
      const third = await catalog({ sort: "price_asc", limit: 3, offset: 6 })
      expect([first.count, second.count, third.count]).toEqual([8, 8, 8])
      expect(third.products).toHaveLength(2)
      const all = [...first.products, ...second.products, ...third.products].map((p) => p.handle)
      expect(new Set(all).size).toBe(8)
    })

    it("searches title, author and description, case-insensitively, title matches first", async () => {
      expect((await catalog({ q: "QUIET draft" })).products.map((p) => p.handle)).toEqual(["the-quiet-draft"])
      expect((await catalog({ q: "adaeze okafor" })).count).toBe(8)
      const byDescription = await catalog({ q: "harmattan" })
      expect(byDescription.products[0].handle).toBe("harmattan-letters")
      expect((await catalog({ q: "zzz-nothing-matches" })).products).toEqual([])
      // LIKE wildcards are searched for literally.
      expect((await catalog({ q: "%" })).count).toBe(0)
      expect((await catalog({ q: "hidden" })).count).toBe(0)
    })

    it("answers 400 naming the parameter for bad input", async () => {
      const cases: [Record<string, string | number>, string][] = [
        [{}, "region_id"],
        [{ region_id: "reg_x", sort: "cheapest" }, "sort"],
        [{ region_id: "reg_x", limit: 1000 }, "limit"],
        [{ region_id: "reg_x", limit: "many" }, "limit"],
        [{ region_id: "reg_x", format: "audiobook" }, "format"],
        [{ region_id: "reg_x", category: "Fiction; drop table product" }, "category"],
        [{ region_id: "reg_x", q: "x".repeat(101) }, "q"],
        [{ region_id: "reg_x", colour: "red" }, "colour"],
      ]
      for (const [params, field] of cases) {
        const res = await refused(params)
        expect({ field, status: res.status }).toEqual({ field, status: 400 })
        expect(res.data.message).toContain(field)
      }
    })

    it("answers 404 for a region that does not exist", async () => {
      const res = await refused({ region_id: "reg_does_not_exist" })
      expect(res.status).toBe(404)
      expect(res.data.message).toContain("reg_does_not_exist")
    })

    it("needs a publishable key like every store route", async () => {
      const res = await api.get("/store/catalog/products", { params: { region_id: ngn } }).catch((e) => e.response)
      expect(res.status).toBe(400)
    })
    // The price order reads a stored "from" price per book (src/lib/catalog/from-prices.ts). The
    // runner restores the database before each test, so each lists first (the first listing stores
    // the prices as they are) and then writes through Medusa's own workflows: only the triggers can
    // tell the stored prices about those writes.
    it("follows a price change made through Medusa's workflow at once, both ways", async () => {
      const before = await catalog({ sort: "price_asc", limit: 48 })
      const dearest = before.products.at(-1)!
      for (const variant of dearest.variants) await setPrice(variant.id, "ngn", 1)
      expect((await handlesByPrice("price_asc"))[0]).toBe(dearest.handle)
      expect((await handlesByPrice("price_desc")).at(-1)).toBe(dearest.handle)

      await setPrice(dearest.variants[0].id, "ngn", 1_000_000)
      // Its other formats still cost 1: the cheapest format is the book's price.
      expect((await handlesByPrice("price_asc"))[0]).toBe(dearest.handle)
      for (const variant of dearest.variants) await setPrice(variant.id, "ngn", 1_000_000)
      expect((await handlesByPrice("price_asc")).at(-1)).toBe(dearest.handle)
      expect((await handlesByPrice("price_desc"))[0]).toBe(dearest.handle)
      const after = await catalog({ sort: "price_asc", limit: 48 })
      expect(after.products.map(fromPrice)).toEqual([...after.products.map(fromPrice)].sort((a, b) => a - b))
    })

    it("stops counting a deleted variant's price", async () => {
      const books = (await catalog({ sort: "price_asc", limit: 48 })).products
      const book = books.find((p, i) => i > 0 && p.variants.length > 1)!
      const [cheap, ...others] = book.variants
      await setPrice(cheap.id, "ngn", 2)
      for (const variant of others) await setPrice(variant.id, "ngn", 999_999)
      expect((await handlesByPrice("price_asc"))[0]).toBe(book.handle)

      await deleteProductVariantsWorkflow(getContainer()).run({ input: { ids: [cheap.id] } })
      // Now the dearest book: its other formats cost 999,999.
      expect((await handlesByPrice("price_asc")).at(-1)).toBe(book.handle)
      expect((await handlesByPrice("price_desc"))[0]).toBe(book.handle)
    })

    it("puts a new book in price order, and a book with no price in the currency after the priced ones", async () => {
      const before = await handlesByPrice("price_asc")
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: { products: [ebook("A Pamphlet Priced In Naira Only", ProductStatus.PUBLISHED, storefrontChannel, 3)] },
      })
      const pamphlet = result[0].handle
      expect((await handlesByPrice("price_asc"))[0]).toBe(pamphlet)
      expect((await handlesByPrice("price_desc")).at(-1)).toBe(pamphlet)

      // In dollars it has no price: last both ways, and pages across the priced books and it still add up.
      expect((await handlesByPrice("price_asc", usd)).at(-1)).toBe(pamphlet)
      expect((await handlesByPrice("price_desc", usd)).at(-1)).toBe(pamphlet)
      const all = await handlesByPrice("price_asc", usd)
      expect(all).toHaveLength(before.length + 1)
      const pages: string[] = []
      for (let offset = 0; offset < all.length + 3; offset += 3) {
        const page = await catalog({ sort: "price_asc", limit: 3, offset }, usd)
        expect(page.count).toBe(all.length)
        pages.push(...page.products.map((p) => p.handle))
      }
      expect(pages).toEqual(all)
      // A page that begins after every priced book.
      expect((await catalog({ sort: "price_asc", limit: 3, offset: all.length - 1 }, usd)).products.map((p) => p.handle)).toEqual([pamphlet])
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedDemoData({ container: getContainer(), args: [] } as any)
    })

    const publishableKey = async () => {
      const res = await api.get("/storefront/publishable-key")
      return res.data.publishable_key as string
    }

    describe("GET /health", () => {
      it("answers 200 while the server is up", async () => {
        const res = await api.get("/health")
        expect(res.status).toBe(200)
      })
    })

    describe("GET /storefront/publishable-key", () => {
      it("hands out the seeded storefront key, linked to the sales channel", async () => {
        const key = await publishableKey()
        expect(key).toMatch(/^pk_/)
        const res = await api.get("/store/products?limit=1", { headers: { "x-publishable-api-key": key } })
        expect(res.status).toBe(200)
      })

      it("answers 404 with a message once the key is revoked", async () => {
        const apiKeys = getContainer().resolve(Modules.API_KEY)
        const [key] = await apiKeys.listApiKeys({ title: "Storefront" })
        await apiKeys.revoke({ id: key.id }, { revoked_by: "test" })
        const res = await api.get("/storefront/publishable-key").catch((e) => e.response)
        expect(res.status).toBe(404)
        expect(res.data.message).toContain('No publishable API key titled "Storefront"')
      })
    })

    describe("GET /store/products", () => {
      it("refuses a request without a publishable key", async () => {
        const res = await api.get("/store/products").catch((e) => e.response)
        expect(res.status).toBe(400)
      })

      it("lists the eight seeded books and the demo course, the books in three formats priced in naira", async () => {
        const headers = { "x-publishable-api-key": await publishableKey() }
        const { data: regions } = await api.get("/store/regions", { headers })
        const nigeria = regions.regions.find((r: any) => r.currency_code === "ngn")
        expect(nigeria.countries.map((c: any) => c.iso_2)).toEqual(["ng"])

        const { data } = await api.get(
          `/store/products?region_id=${nigeria.id}&fields=handle,variants.title,*variants.calculated_price,+variants.inventory_quantity&limit=50`,
          { headers }
        )
        // Eight books and the demo course (a product too, sold on its own page).
        expect(data.count).toBe(9)
        expect(data.products.map((p: any) => p.handle)).toContain("course-write-your-first-book")
        const book = data.products.find((p: any) => p.handle === "the-quiet-draft")
        const byTitle = Object.fromEntries(book.variants.map((v: any) => [v.title, v]))
        expect(Object.keys(byTitle).sort()).toEqual(["Ebook", "Hardcover", "Paperback"])
        expect(byTitle.Hardcover.calculated_price.calculated_amount).toBe(18500)
        expect(byTitle.Hardcover.calculated_price.currency_code).toBe("ngn")
        expect(byTitle.Paperback.inventory_quantity).toBe(120)
      })
    })

    describe("demo seed", () => {
      const ebookFileKeys = async () => {
        const variants = await getContainer().resolve(Modules.PRODUCT).listProductVariants({}, { select: ["sku", "metadata"] })
        return Object.fromEntries(variants.filter((v) => v.sku?.endsWith("-EBOOK")).map((v) => [v.sku, v.metadata?.ebook_file_key]))
      }

      it("gives every ebook a private PDF, its key on the variant", async () => {
        const keys = await ebookFileKeys()
        expect(Object.keys(keys)).toHaveLength(7)
        for (const [sku, key] of Object.entries(keys)) {
          const handle = sku!.replace(/-EBOOK$/, "").toLowerCase()
          expect(key).toMatch(new RegExp(`^private-\\d+-${handle}\\.pdf$`))
          const file = await getContainer().resolve(Modules.FILE).getAsBuffer(key as string)
          expect(file.subarray(0, 5).toString()).toBe("%PDF-")
        }
      })

      it("changes nothing when it runs a second time", async () => {
        const keysBefore = await ebookFileKeys()
        await seedDemoData({ container: getContainer(), args: [] } as any)
        const container = getContainer()
        expect(await ebookFileKeys()).toEqual(keysBefore)
        const [products, regions, keys, users] = await Promise.all([
          container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] }),
          container.resolve(Modules.REGION).listRegions({}),
          container.resolve(Modules.API_KEY).listApiKeys({ title: "Storefront" }),
          container.resolve(Modules.USER).listUsers({ email: "admin@example.com" }),
        ])
        expect(products).toHaveLength(9) // eight books and the demo course
        expect(regions.map((r) => r.currency_code).sort()).toEqual(["ngn", "usd"])
        expect(keys).toHaveLength(1)
        expect(users).toHaveLength(1)
      })
    })
  },
})

import { FAKE_REVALIDATE_SECRET, FAKE_STOREFRONT_PORT as STOREFRONT_PORT } from "../utils/fake-storefront-env"
import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seedDemoData from "../../src/scripts/seed"

jest.setTimeout(120 * 1000)

type Captured = { secret: string | undefined; tags: string[] }

/** A stand-in storefront that records what /api/revalidate receives. */
function startFakeStorefront(received: Captured[]) {
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      if (req.url === "/api/revalidate" && req.method === "POST") {
        received.push({ secret: req.headers["x-revalidate-secret"] as string, tags: JSON.parse(body).tags })
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  return new Promise<http.Server>((resolve) => server.listen(STOREFRONT_PORT, () => resolve(server)))
}

async function waitForTag(received: Captured[], tag: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const hit = received.find((r) => r.tags.includes(tag))
    if (hit) return hit
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no revalidation for ${tag}; got ${JSON.stringify(received)}`)
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const received: Captured[] = []
    let server: http.Server
    let headers: Record<string, string>

    beforeAll(async () => {
      server = await startFakeStorefront(received)
      await seedDemoData({ container: getContainer(), args: [] } as any)
    })
    afterAll(() => new Promise((r) => server.close(r)))

    beforeEach(async () => {
      received.length = 0
      const { data } = await api.post("/auth/user/emailpass", { email: "admin@example.com", password: "supersecret" })
      headers = { authorization: `Bearer ${data.token}` }
    })

    const book = async (handle: string) => {
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=id,*variants,*variants.prices,*variants.inventory_items`, { headers })
      return data.products[0]
    }

    it("a price changed in the admin expires that book's page and the listings", async () => {
      const product = await book("the-quiet-draft")
      const hardcover = product.variants.find((v: any) => v.title === "Hardcover")
      const ngn = hardcover.prices.find((p: any) => p.currency_code === "ngn")
      await api.post(
        `/admin/products/${product.id}/variants/${hardcover.id}`,
        { prices: [{ id: ngn.id, currency_code: "ngn", amount: 19999 }] },
        { headers }
      )
      const hit = await waitForTag(received, "product:the-quiet-draft")
      expect(hit.secret).toBe(FAKE_REVALIDATE_SECRET)
      expect(hit.tags).toContain("products")
      expect(received.flatMap((r) => r.tags)).not.toContain("product:learning-in-public")
    })

    it("a stock change expires the book's page", async () => {
      const product = await book("harmattan-letters")
      const paperback = product.variants.find((v: any) => v.title === "Paperback")
      const itemId = paperback.inventory_items[0].inventory_item_id
      const { data } = await api.get(`/admin/inventory-items/${itemId}/location-levels`, { headers })
      const level = data.inventory_levels[0]
      await api.post(
        `/admin/inventory-items/${itemId}/location-levels/${level.location_id}`,
        { stocked_quantity: 3 },
        { headers }
      )
      await waitForTag(received, "product:harmattan-letters")
    })

    it("editing a book's description expires its page", async () => {
      const product = await book("deep-work-in-lagos")
      await api.post(`/admin/products/${product.id}`, { description: "A new description." }, { headers })
      await waitForTag(received, "product:deep-work-in-lagos")
    })
  },
})

import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { FAKE_STOREFRONT_PORT } from "../utils/fake-storefront-env"
import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureDemoAdmin } from "../../src/scripts/seed/accounts"
import { ensureCatalog } from "../../src/scripts/seed/catalog"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

const BOOK = "the-quiet-draft"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let storefront: http.Server
    const revalidated: string[][] = []
    let shop: Shop
    let admin: Headers
    let productId: string
    let ada: Headers
    let ben: Headers
    let cy: Headers
    let adaOrderId: string

    const res = <T>(p: Promise<T>) => p.catch((e) => e.response)
    const reviewsPath = () => `/store/products/${productId}/reviews`
    const storeList = async () => (await api.get(reviewsPath(), { headers: shop.key })).data
    const write = (headers: Headers | undefined, body: unknown) => res(api.post(reviewsPath(), body, { headers: headers ?? shop.key }))
    const edit = (headers: Headers, body: unknown) => res(api.put(`${reviewsPath()}/me`, body, { headers }))
    const named = async (email: string, first_name: string, last_name: string) => {
      const headers = await shop.register(email)
      await api.post("/store/customers/me", { first_name, last_name }, { headers })
      return headers
    }

    /** Ada gives 4 stars, Ben 5. (Each test starts from the database as beforeAll left it: no reviews.) */
    const bothReview = async () => {
      expect((await write(ada, { rating: 4, title: "Quietly brilliant", body: "Loved it and read it twice." })).status).toBe(201)
      expect((await write(ben, { rating: 5, body: "The best book on drafting I own." })).status).toBe(201)
    }

    beforeAll(async () => {
      storefront = http.createServer((req, res) => {
        let body = ""
        req.on("data", (c) => (body += c))
        req.on("end", () => {
          if (req.url === "/api/revalidate") revalidated.push(JSON.parse(body).tags)
          res.writeHead(200, { "content-type": "application/json" }).end("{}")
        })
      })
      await new Promise<void>((r) => storefront.listen(FAKE_STOREFRONT_PORT, () => r()))
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      const setup = await ensureStoreSetup(getContainer(), "Storefront")
      await ensureCatalog(getContainer(), setup)
      await ensureDemoAdmin(getContainer())
      shop = await openShop(api, getContainer, simulator)
      admin = await shop.adminHeaders()
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: BOOK, fields: "id" } })
      productId = data.products[0].id
      ;[ada, ben, cy] = await Promise.all([
        named("ada@example.com", "Ada", "obi"),
        named("ben@example.com", "Ben", "Okafor"),
        named("cy@example.com", "Cy", "Eze"),
      ])
      const paperback = await shop.variantId(BOOK, "Paperback")
      adaOrderId = (await shop.buy([{ variant_id: paperback }], { headers: ada, email: "ada@example.com" })).order.id
      await shop.buy([{ variant_id: paperback }], { headers: ben, email: "ben@example.com" })
    })
    afterAll(async () => {
      simulator?.stop()
      await new Promise((r) => storefront?.close(r))
    })

    it("asks a visitor to sign in (401) and a reader who did not buy the book is refused (403)", async () => {
      expect(await storeList()).toEqual({ reviews: [], average: null, count: 0, limit: 10, offset: 0 })
      expect((await write(undefined, { rating: 5, body: "A wonderful read, truly." })).status).toBe(401)
      const refused = await write(cy, { rating: 5, body: "A wonderful read, truly." })
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe("Only readers who bought this book can review it")
      expect((await storeList()).count).toBe(0)
    })

    it("refuses bad stars and words with 400s that name the problem", async () => {
      const cases: [unknown, RegExp][] = [
        [{ rating: 6, body: "A wonderful read, truly." }, /rating must be a whole number of stars from 1 to 5/],
        [{ rating: 3.5, body: "A wonderful read, truly." }, /rating must be a whole number of stars from 1 to 5/],
        [{ body: "A wonderful read, truly." }, /rating is required/],
        [{ rating: 4 }, /Field 'body' is required/],
        [{ rating: 4, body: "<b>Short</b>" }, /body must be at least 10 characters/],
        [{ rating: 4, body: "x".repeat(2001) }, /body must be at most 2000 characters/],
        [{ rating: 4, title: "t".repeat(121), body: "A wonderful read, truly." }, /title must be at most 120 characters/],
        [{ rating: 4, body: "A wonderful read, truly.", customer_id: "cus_x" }, /customer_id/],
      ]
      for (const [body, says] of cases) {
        const answer = await write(ada, body)
        expect([answer.status, answer.data.message]).toEqual([400, expect.stringMatching(says)])
      }
      expect((await storeList()).count).toBe(0)
    })

    it("lets buyers review (as plain text), shows them newest first with the average and count, and expires the book's cached reviews", async () => {
      revalidated.length = 0
      const first = await write(ada, { rating: 4, title: "<i>Quietly</i> brilliant", body: "Loved it <script>alert(1)</script>& read it twice <3" })
      expect(first.status).toBe(201)
      expect(first.data.review).toMatchObject({
        rating: 4,
        title: "Quietly brilliant",
        body: "Loved it & read it twice <3",
        verified_purchase: true,
        reader_name: "Ada O.",
        status: "visible",
      })
      expect(first.data.review.customer_id).toBeUndefined()
      expect((await write(ben, { rating: 5, body: "The best book on drafting I own." })).status).toBe(201)

      const list = await storeList()
      expect(list).toMatchObject({ average: 4.5, count: 2 })
      expect(list.reviews.map((r: any) => [r.reader_name, r.rating])).toEqual([["Ben O.", 5], ["Ada O.", 4]])
      const { data } = await api.get("/store/product-ratings", { headers: shop.key, params: { product_id: `${productId},prod_none` } })
      expect(data.ratings).toEqual({ [productId]: { average: 4.5, count: 2 }, prod_none: { average: null, count: 0 } })
      expect(revalidated).toContainEqual(["reviews", `reviews:${productId}`])
    })

    it("keeps one review per reader and book (409), and an edit moves the average", async () => {
      await bothReview()
      const again = await write(ada, { rating: 1, body: "Changed my mind entirely." })
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/already reviewed/)
      expect((await edit(ada, {})).status).toBe(400)
      const edited = await edit(ada, { rating: 2 })
      expect(edited.status).toBe(200)
      expect(edited.data.review).toMatchObject({ rating: 2, title: "Quietly brilliant" })
      expect(await storeList()).toMatchObject({ average: 3.5, count: 2 })
      const { data: mine } = await api.get(`${reviewsPath()}/me`, { headers: ada })
      expect(mine).toMatchObject({ can_review: true, review: { rating: 2 } })
      expect((await edit(cy, { rating: 5 })).status).toBe(403)
    })

    it("lets staff hide a review only with a reason, records who and when, and the shop stops showing it", async () => {
      await bothReview()
      const [benReview] = (await storeList()).reviews
      expect((await res(api.post(`/admin/reviews/${benReview.id}/hide`, {}, { headers: admin }))).data.message).toMatch(/Field 'reason' is required/)
      expect((await res(api.post(`/admin/reviews/${benReview.id}/hide`, { reason: "  " }, { headers: admin }))).data.message).toMatch(/reason is required: say why/)
      expect((await res(api.post(`/admin/reviews/${benReview.id}/hide`, { reason: "spam" }, { headers: ben }))).status).toBe(401)
      expect((await res(api.post(`/admin/reviews/rev_missing/hide`, { reason: "spam" }, { headers: admin }))).status).toBe(404)

      const { data: me } = await api.get("/admin/users/me", { headers: admin })
      const before = Date.now()
      const hidden = await api.post(`/admin/reviews/${benReview.id}/hide`, { reason: "Names the ending" }, { headers: admin })
      expect(hidden.data.review).toMatchObject({ status: "hidden", hidden_reason: "Names the ending", hidden_by: me.user.id, hidden_by_email: "admin@example.com" })
      expect(new Date(hidden.data.review.hidden_at).getTime()).toBeGreaterThanOrEqual(before - 1000)
      expect(await storeList()).toMatchObject({ average: 4, count: 1 })

      const { data: listed } = await api.get("/admin/reviews", { headers: admin, params: { status: "hidden", product_id: productId } })
      expect(listed.reviews.map((r: any) => [r.id, r.product.handle, r.customer.email])).toEqual([[benReview.id, BOOK, "ben@example.com"]])
      const shown = await api.post(`/admin/reviews/${benReview.id}/show`, {}, { headers: admin })
      // The last hiding stays on record.
      expect(shown.data.review).toMatchObject({ status: "visible", hidden_reason: "Names the ending", hidden_by: me.user.id })
      expect(await storeList()).toMatchObject({ average: 4.5, count: 2 })
    })

    it("hides a reader's review when their order is fully refunded, and they can no longer edit it", async () => {
      await bothReview()
      const { data } = await api.get(`/admin/orders/${adaOrderId}`, { headers: admin, params: { fields: "id,*payment_collections.payments" } })
      await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/refund`, {}, { headers: admin })
      const list = await eventually(storeList, (l) => l.count === 1)
      expect(list).toMatchObject({ average: 5, count: 1 })
      const { data: held } = await api.get("/admin/reviews", { headers: admin, params: { status: "hidden" } })
      expect(held.reviews).toEqual([expect.objectContaining({ hidden_by: "system", hidden_reason: "Order refunded", customer: expect.objectContaining({ email: "ada@example.com" }) })])
      const refused = await edit(ada, { rating: 5 })
      expect([refused.status, refused.data.message]).toEqual([403, "Only readers who bought this book can review it"])
    })

    // Last: the limiter's counts outlive the database restored before each test.
    it("limits how often one reader writes reviews (429 naming the limit)", async () => {
      expect((await write(ada, { rating: 4, body: "Loved it and read it twice." })).status).toBe(201)
      let answer: any
      for (let i = 0; i < 25; i++) {
        answer = await edit(ada, { rating: 1 + (i % 5) })
        if (answer.status !== 200) break
      }
      expect(answer.status).toBe(429)
      expect(answer.data.message).toMatch(/^Too many review writes\. Try again in \d+ minutes?\.$/)
      expect(answer.headers["retry-after"]).toMatch(/^\d+$/)
      // Reading is never limited.
      expect((await api.get(reviewsPath(), { headers: shop.key })).status).toBe(200)
    })

    it("gives the community's Verified reader badge to a member who buys a book, and to a buyer when they join; not to others", async () => {
      const join = async (headers: Headers, display_name: string) =>
        (await api.post("/store/community/members", { display_name }, { headers })).data.member.id as string
      const kindsOf = async (memberId: string) =>
        ((await api.get(`/store/community/members/${memberId}`, { headers: shop.key })).data.member.badges as { kind: string }[]).map((b) => b.kind)
      const paperback = await shop.variantId(BOOK, "Paperback")

      const dee = await named("dee@example.com", "Dee", "Ani")
      const deeMember = await join(dee, "Dee A")
      expect(await kindsOf(deeMember)).toEqual([])
      await shop.buy([{ variant_id: paperback }], { headers: dee, email: "dee@example.com" })
      expect(await eventually(() => kindsOf(deeMember), (k) => k.length > 0)).toEqual(["verified_buyer"])

      const eve = await named("eve@example.com", "Eve", "Uko")
      await shop.buy([{ variant_id: paperback }], { headers: eve, email: "eve@example.com" })
      const eveMember = await join(eve, "Eve U")
      expect(await eventually(() => kindsOf(eveMember), (k) => k.length > 0)).toEqual(["verified_buyer"])

      const cyMember = await join(cy, "Cy E")
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await kindsOf(cyMember)).toEqual([])
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { WISHLIST_MODULE } from "../../src/modules/wishlist"
import WishlistModuleService, { WISHLIST_LIMIT } from "../../src/modules/wishlist/service"

jest.setTimeout(120 * 1000)

const waitFor = async <T>(read: () => Promise<T | undefined>, ms = 5000): Promise<T | undefined> => {
  const until = Date.now() + ms
  for (;;) {
    const value = await read()
    if (value || Date.now() > until) return value
    await new Promise((r) => setTimeout(r, 100))
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: Record<string, string>
    let regionId: string
    let variantId: string

    const register = async (email: string) => {
      const { data } = await api.post("/auth/customer/emailpass/register", { email, password: "correct-horse-1" })
      const auth = { authorization: `Bearer ${data.token}`, ...key }
      await api.post("/store/customers", { email, first_name: "Test" }, { headers: auth })
      const login = await api.post("/auth/customer/emailpass", { email, password: "correct-horse-1" })
      return { authorization: `Bearer ${login.data.token}`, ...key }
    }
    const newCart = async (headers: Record<string, string>, quantity = 1) => {
      const { data } = await api.post("/store/carts", { region_id: regionId }, { headers })
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity }, { headers })
      return data.cart.id as string
    }

    beforeAll(async () => {
      await seedDemoData({ container: getContainer(), args: [] } as any)
      const { data } = await api.get("/storefront/publishable-key")
      key = { "x-publishable-api-key": data.publishable_key }
      const { data: regions } = await api.get("/store/regions", { headers: key })
      regionId = regions.regions.find((r: any) => r.currency_code === "ngn").id
      const { data: products } = await api.get("/store/products", { headers: key, params: { handle: "the-quiet-draft", fields: "variants.id,variants.title" } })
      // A print book: an ebook is limited to one per cart, and these carts count copies.
      variantId = products.products[0].variants.find((v: any) => v.title === "Paperback").id
    })

    describe("GET /store/customers/me/cart", () => {
      it("needs a signed-in customer", async () => {
        const res = await api.get("/store/customers/me/cart", { headers: key }).catch((e) => e.response)
        expect(res.status).toBe(401)
      })

      it("answers null for a customer without a cart", async () => {
        const headers = await register("no-cart@example.com")
        const { data } = await api.get("/store/customers/me/cart", { headers })
        expect(data).toEqual({ cart: null })
      })

      it("gives the customer's most recently changed open cart, never another's or a completed one", async () => {
        const ada = await register("ada@example.com")
        const ben = await register("ben@example.com")
        const older = await newCart(ada, 1)
        const newer = await newCart(ada, 2)
        const bens = await newCart(ben, 5)
        await api.post(`/store/carts/${older}/line-items`, { variant_id: variantId, quantity: 1 }, { headers: ada })

        const { data } = await api.get("/store/customers/me/cart", { headers: ada })
        expect(data.cart).toMatchObject({ id: older, region_id: regionId, item_count: 2 })

        await getContainer().resolve(Modules.CART).updateCarts(older, { completed_at: new Date() })
        expect((await api.get("/store/customers/me/cart", { headers: ada })).data.cart.id).toBe(newer)
        expect((await api.get("/store/customers/me/cart", { headers: ben })).data.cart).toMatchObject({ id: bens, item_count: 5 })
      })
    })

    describe("password reset", () => {
      // A new account also gets a welcome email: look only at password resets.
      const notificationsTo = (to: string) =>
        getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template: "customer-password-reset" })

      it("emails a registered shopper a storefront link holding the reset token, which sets a new password", async () => {
        await register("forgetful@example.com")
        const res = await api.post("/auth/customer/emailpass/reset-password", { identifier: "forgetful@example.com" })
        expect(res.status).toBe(201)

        const [notification] = (await waitFor(async () => {
          const found = await notificationsTo("forgetful@example.com")
          return found.length ? found : undefined
        })) ?? []
        expect(notification).toMatchObject({ channel: "email", template: "customer-password-reset" })
        const link = new URL(notification.data!.reset_url as string)
        expect(`${link.origin}${link.pathname}`).toBe("http://localhost:8000/account/reset-password")
        expect(link.searchParams.get("email")).toBe("forgetful@example.com")

        const token = link.searchParams.get("token")!
        const update = await api.post(
          "/auth/customer/emailpass/update",
          { email: "forgetful@example.com", password: "a-new-password-2" },
          { headers: { authorization: `Bearer ${token}` } }
        )
        expect(update.status).toBe(200)
        const login = await api.post("/auth/customer/emailpass", { email: "forgetful@example.com", password: "a-new-password-2" })
        expect(login.data.token).toEqual(expect.any(String))
      })

      it("answers the same for an unknown email and sends nothing", async () => {
        const res = await api.post("/auth/customer/emailpass/reset-password", { identifier: "stranger@example.com" })
        expect(res.status).toBe(201)
        await new Promise((r) => setTimeout(r, 1000))
        expect(await notificationsTo("stranger@example.com")).toEqual([])
      })
    })
    describe("/store/customers/me/wishlist", () => {
      const productIds = async (...handles: string[]) => {
        const { data } = await api.get("/store/products", { headers: key, params: { handle: handles, fields: "id,handle" } })
        return handles.map((h) => data.products.find((p: any) => p.handle === h).id as string)
      }
      const save = (headers: Record<string, string>, product_ids: unknown) =>
        api.post("/store/customers/me/wishlist", { product_ids }, { headers }).catch((e) => e.response)
      const listed = async (headers: Record<string, string>) =>
        (await api.get("/store/customers/me/wishlist", { headers })).data.wishlist.map((i: any) => i.product.handle)

      it("saves books and courses once each, newest first, merges a browser's list and removes", async () => {
        const reader = await register("wisher@example.com")
        const [quiet, habits, afternoon] = await productIds("the-quiet-draft", "small-habits-big-books", "the-long-afternoon")
        expect((await save(reader, [quiet])).status).toBe(200)
        // Saving again changes nothing; a merge of the browser's list adds what is new and skips what is not on sale.
        const merged = await save(reader, [habits, quiet, "prod_withdrawn", afternoon, habits])
        expect(merged.status).toBe(200)
        expect(merged.data.skipped).toEqual(["prod_withdrawn"])
        expect(merged.data.wishlist.map((i: any) => i.product.handle).sort()).toEqual(["small-habits-big-books", "the-long-afternoon", "the-quiet-draft"])
        expect(merged.data.wishlist[0]).toMatchObject({ product_id: expect.any(String), saved_at: expect.any(String), product: { title: expect.any(String), handle: expect.any(String), course_handle: null } })
        expect(merged.data.wishlist.find((i: any) => i.product.handle === "the-quiet-draft").product.variants.map((v: any) => v.title).sort()).toEqual(["Ebook", "Hardcover", "Paperback"])
        expect((await listed(reader))[2]).toBe("the-quiet-draft")

        // A course is saved like a book, and says which course page is its own.
        const [course] = await productIds("course-write-your-first-book")
        const withCourse = await save(reader, [course])
        expect(withCourse.data.wishlist[0].product).toMatchObject({ handle: "course-write-your-first-book", course_handle: "write-your-first-book" })
        await api.delete(`/store/customers/me/wishlist/${course}`, { headers: reader })

        const removed = await api.delete(`/store/customers/me/wishlist/${quiet}`, { headers: reader })
        expect(removed.data).toEqual({ product_id: quiet, removed: true })
        expect((await api.delete(`/store/customers/me/wishlist/${quiet}`, { headers: reader })).data.removed).toBe(false)
        expect((await listed(reader)).sort()).toEqual(["small-habits-big-books", "the-long-afternoon"])

        // A withdrawn book leaves the list shown (and comes back if it is published again).
        await getContainer().resolve(Modules.PRODUCT).updateProducts(habits, { status: "draft" })
        expect(await listed(reader)).toEqual(["the-long-afternoon"])
      })

      it("is each reader's own, and only for a signed-in reader", async () => {
        const [quiet] = await productIds("the-quiet-draft")
        const ada = await register("wish-ada@example.com")
        const bo = await register("wish-bo@example.com")
        await save(ada, [quiet])
        expect(await listed(bo)).toEqual([])
        expect((await api.delete(`/store/customers/me/wishlist/${quiet}`, { headers: bo })).data.removed).toBe(false)
        expect(await listed(ada)).toEqual(["the-quiet-draft"])
        for (const call of [
          () => api.get("/store/customers/me/wishlist", { headers: key }),
          () => api.post("/store/customers/me/wishlist", { product_ids: [quiet] }, { headers: key }),
          () => api.delete(`/store/customers/me/wishlist/${quiet}`, { headers: key }),
        ]) {
          expect((await call().catch((e) => e.response)).status).toBe(401)
        }
      })

      it("refuses, saying why: nothing on sale, a malformed list, too many at once, a full list", async () => {
        const reader = await register("wish-refused@example.com")
        const none = await save(reader, ["prod_nope"])
        expect(none.status).toBe(404)
        expect(none.data.message).toBe("No book or course on sale has the id prod_nope")
        for (const [body, problem] of [
          [[], /at least one product/],
          ["prod_1", /Expected type: 'array' for field 'product_ids'/],
          [[""], /a product id is empty/],
          [Array.from({ length: 101 }, (_, i) => `prod_${i}`), /at most 100 products/],
        ] as const) {
          const res = await save(reader, body)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(problem)
        }
        // Full: 200 saved already (written directly), one more is refused and nothing is added.
        const customerId = (await api.get("/store/customers/me", { headers: reader })).data.customer.id
        const wishlist = getContainer().resolve<WishlistModuleService>(WISHLIST_MODULE)
        await wishlist.createWishlistItems(Array.from({ length: WISHLIST_LIMIT }, (_, i) => ({ customer_id: customerId, product_id: `prod_filler_${i}` })))
        const [quiet] = await productIds("the-quiet-draft")
        const full = await save(reader, [quiet])
        expect(full.status).toBe(400)
        expect(full.data.message).toBe("A wishlist holds at most 200 books and courses: remove some to save more")
        expect(await wishlist.listWishlistItems({ customer_id: customerId, product_id: quiet })).toEqual([])
      })
    })
  },
})

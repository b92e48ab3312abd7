import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"

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
  },
})

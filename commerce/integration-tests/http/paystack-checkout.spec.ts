import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"

jest.setTimeout(180 * 1000)

const eventually = async <T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 15_000): Promise<T> => {
  const until = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > until) return value
    await new Promise((r) => setTimeout(r, 200))
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let key: Record<string, string>
    let regionId: string
    let paperbackId: string
    let ebookId: string

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      const { data } = await api.get("/storefront/publishable-key")
      key = { "x-publishable-api-key": data.publishable_key }
      const { data: regions } = await api.get("/store/regions", { headers: key })
      regionId = regions.regions.find((r: any) => r.currency_code === "ngn").id
      const { data: products } = await api.get("/store/products", {
        headers: key,
        params: { handle: "the-quiet-draft", fields: "variants.id,variants.title" },
      })
      paperbackId = products.products[0].variants.find((v: any) => v.title === "Paperback").id
      ebookId = products.products[0].variants.find((v: any) => v.title === "Ebook").id
    })
    afterAll(() => simulator?.stop())
    beforeEach(async () => {
      await simulator.control("reset")
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack` })
    })

    /** A cart ready to pay, with a Paystack session: what the storefront's checkout builds. */
    const cartWithPaystackSession = async () => {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: "payer@example.com",
          shipping_address: { first_name: "Ada", last_name: "Obi", address_1: "1 Marina", city: "Lagos", country_code: "ng", postal_code: "101001" },
        },
        { headers: key }
      )
      const cartId = data.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: paperbackId, quantity: 2 }, { headers: key })
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers: key })
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers: key })
      const { data: cart } = await api.get(`/store/carts/${cartId}`, { headers: key, params: { fields: "total,currency_code" } })
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: key })
      const { data: session } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_paystack_paystack" },
        { headers: key }
      ).catch((e) => {
        throw new Error(`payment session refused: ${JSON.stringify(e.response?.data)}`)
      })
      const paystack = session.payment_collection.payment_sessions[0]
      return { cartId, total: cart.cart.total as number, session: paystack }
    }

    const ordersForCart = async (cartId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((row: any) => row.order_id as string)
    }

    it("starts a Paystack transaction for the cart total in kobo", async () => {
      const { total, session } = await cartWithPaystackSession()
      expect(session.provider_id).toBe("pp_paystack_paystack")
      expect(session.data).toMatchObject({ amount: Math.round(total * 100), currency: "NGN", email: "payer@example.com" })
      expect(session.data.authorization_url).toContain(`localhost:${SIMULATOR_PORT}/checkout/`)
    })

    it("makes exactly one order from the webhook alone, however often it arrives, and completing afterwards returns it", async () => {
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack`, duplicate: true })
      const { cartId, session } = await cartWithPaystackSession()
      await simulator.control(`transactions/${session.data.reference}/pay`)

      const orders = await eventually(() => ordersForCart(cartId), (ids) => ids.length > 0)
      expect(orders).toHaveLength(1)
      await simulator.control(`transactions/${session.data.reference}/webhook`)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: key })
      expect(data).toMatchObject({ type: "order", order: { id: orders[0] } })
      await new Promise((r) => setTimeout(r, 1500))
      expect(await ordersForCart(cartId)).toEqual(orders)
    })

    it("acts on a paid webhook after PAYMENT_WEBHOOK_DELAY_MS, not after Medusa's fixed 5 s", async () => {
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack`, webhook: "none" })
      const { cartId, session } = await cartWithPaystackSession()
      await simulator.control(`transactions/${session.data.reference}/pay`)
      const sent = Date.now()
      await simulator.control(`transactions/${session.data.reference}/webhook`)
      const orders = await eventually(() => ordersForCart(cartId), (ids) => ids.length > 0, 10_000)
      const tookMs = Date.now() - sent
      expect(orders).toHaveLength(1)
      // The test env leaves the delay at its default, 200 ms; Medusa's would be 5000.
      expect(tookMs).toBeLessThan(4_000)
    })

    it("completes the cart when the shopper returns before the webhook, then ignores the late webhook", async () => {
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack`, webhook: "none" })
      const { cartId, session } = await cartWithPaystackSession()
      await simulator.control(`transactions/${session.data.reference}/pay`)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: key })
      expect(data.type).toBe("order")
      expect(data.order.payment_collections[0].captured_amount ?? data.order.payment_status).toBeTruthy()
      await simulator.control(`transactions/${session.data.reference}/webhook`)
      await new Promise((r) => setTimeout(r, 1500))
      expect(await ordersForCart(cartId)).toEqual([data.order.id])
    })

    it("sells ebooks without an address or a delivery method", async () => {
      const { data } = await api.post("/store/carts", { region_id: regionId, email: "reader@example.com" }, { headers: key })
      const cartId = data.cart.id
      const { data: withEbook } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: ebookId, quantity: 1 }, { headers: key })
      expect(withEbook.cart.items[0].requires_shipping).toBe(false)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: key })
      const { data: session } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_paystack_paystack" },
        { headers: key }
      )
      await simulator.control(`transactions/${session.payment_collection.payment_sessions[0].data.reference}/pay`)
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: key }).catch((e) => e.response)
      expect(completed.data.type).toBe("order")

      // A print copy still needs shipping.
      const { data: print } = await api.post("/store/carts", { region_id: regionId }, { headers: key })
      const { data: withPaperback } = await api.post(`/store/carts/${print.cart.id}/line-items`, { variant_id: paperbackId, quantity: 1 }, { headers: key })
      expect(withPaperback.cart.items[0].requires_shipping).toBe(true)

      // The same holds for the items a cart is created with.
      const { data: created } = await api.post(
        "/store/carts",
        { region_id: regionId, items: [{ variant_id: ebookId, quantity: 1 }, { variant_id: paperbackId, quantity: 1 }] },
        { headers: key }
      )
      const shipping = Object.fromEntries(created.cart.items.map((i: any) => [i.variant_id, i.requires_shipping]))
      expect(shipping).toEqual({ [ebookId]: false, [paperbackId]: true })
    })

    it("makes no order for an unpaid or declined payment", async () => {
      const unpaid = await cartWithPaystackSession()
      const early = await api.post(`/store/carts/${unpaid.cartId}/complete`, {}, { headers: key }).catch((e) => e.response)
      expect(early.data.type).not.toBe("order")

      const declined = await cartWithPaystackSession()
      await simulator.control(`transactions/${declined.session.data.reference}/decline`)
      const res = await api.post(`/store/carts/${declined.cartId}/complete`, {}, { headers: key }).catch((e) => e.response)
      expect(res.data.type).not.toBe("order")
      expect(await ordersForCart(unpaid.cartId)).toEqual([])
      expect(await ordersForCart(declined.cartId)).toEqual([])
    })
  },
})

import { FLUTTERWAVE_HASH, FLUTTERWAVE_PORT, FLUTTERWAVE_SECRET } from "../utils/flutterwave-simulator-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { FLUTTERWAVE_PAYMENT_NOT_CONFIRMED, FLUTTERWAVE_PAYMENT_NOT_STARTED } from "../../src/modules/flutterwave/service"
import { startFlutterwaveSimulator } from "../utils/flutterwave-simulator"
import type { RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Shop } from "../utils/shop"

jest.setTimeout(180 * 1000)

const PROVIDER_ID = "pp_flutterwave_flutterwave"
type FlutterwaveSession = { id: string; provider_id: string; amount: number; data: { tx_ref: string; link: string; amount: number; currency: string; email: string } }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let paperback: string
    let ebook: string
    const webhookUrl = () => `${api.defaults.baseURL}/hooks/payment/flutterwave_flutterwave`
    const behave = (behaviour: Record<string, unknown> = {}) => simulator.control("behaviour", { webhookUrl: webhookUrl(), ...behaviour })
    const simulatorState = async () => (await fetch(`${simulator.url}/__simulator/state`)).json()
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

    /** Starts a Flutterwave payment for the cart, as the storefront's checkout would. */
    const flutterwaveSession = async (cartId: string): Promise<FlutterwaveSession> => {
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: shop.key })
      const { data } = await api
        .post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: PROVIDER_ID }, { headers: shop.key })
        .catch((e) => {
          throw new Error(`payment session refused: ${JSON.stringify(e.response?.data)}`)
        })
      return data.payment_collection.payment_sessions.find((s: any) => s.provider_id === PROVIDER_ID)
    }
    const paymentsOf = async (sessionId: string) =>
      (await query().graph({ entity: "payment", fields: ["id", "amount", "captures.id", "captures.amount"], filters: { payment_session_id: sessionId } })).data

    beforeAll(async () => {
      simulator = await startFlutterwaveSimulator({ port: FLUTTERWAVE_PORT, secretKey: FLUTTERWAVE_SECRET, secretHash: FLUTTERWAVE_HASH })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      paperback = await shop.variantId("the-quiet-draft", "Paperback")
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
    })
    afterAll(() => simulator?.stop())
    beforeEach(async () => {
      await simulator.control("reset")
      await behave()
    })

    it("is offered beside Paystack in the naira and dollar regions", async () => {
      const { data: regions } = await api.get("/store/regions", { headers: shop.key })
      for (const currency of ["ngn", "usd"]) {
        const region = regions.regions.find((r: any) => r.currency_code === currency)
        const { data } = await api.get("/store/payment-providers", { headers: shop.key, params: { region_id: region.id } })
        expect(data.payment_providers.map((p: any) => p.id).sort()).toEqual(["pp_flutterwave_flutterwave", "pp_paystack_paystack"])
      }
    })

    it("pays on the hosted page: the cart completes into exactly one order, charged the cart total in naira (major units)", async () => {
      const cartId = await shop.cart([{ variant_id: paperback, quantity: 2 }])
      const { data: cart } = await api.get(`/store/carts/${cartId}`, { headers: shop.key, params: { fields: "total" } })
      const session = await flutterwaveSession(cartId)
      expect(session.data).toMatchObject({ amount: cart.cart.total, currency: "NGN", email: "payer@example.com" })
      expect(session.data.link).toContain(`localhost:${FLUTTERWAVE_PORT}/pay/`)

      // The shopper presses Pay on the hosted page and comes back with Flutterwave's redirect.
      const paid = await fetch(`${session.data.link}/pay`, { method: "POST", redirect: "manual" })
      const back = new URL(paid.headers.get("location")!)
      expect(`${back.origin}${back.pathname}`).toBe("http://localhost:8000/checkout/flutterwave")
      expect(back.searchParams.get("status")).toBe("successful")
      expect(back.searchParams.get("tx_ref")).toBe(session.data.tx_ref)
      expect(back.searchParams.get("transaction_id")).toMatch(/^\d+$/)
      const [charged] = (await simulatorState()).transactions
      expect(charged).toMatchObject({ tx_ref: session.data.tx_ref, amount: cart.cart.total, currency: "NGN", status: "successful" })

      const completed = await shop.complete(cartId)
      expect(completed.data.type).toBe("order")
      const orders = await eventually(() => shop.ordersForCart(cartId), (ids) => ids.length > 0)
      expect(orders).toEqual([completed.data.order.id])
      const [payment] = await paymentsOf(session.id)
      expect(payment.captures).toHaveLength(1)
    })

    it("refuses a payment whose amount at Flutterwave is not the cart's: no order, from the webhook or the return", async () => {
      await behave({ webhook: "none" })
      const cartId = await shop.cart([{ variant_id: ebook }])
      const session = await flutterwaveSession(cartId)
      await simulator.control(`transactions/${session.data.tx_ref}/pay`)
      await simulator.control(`transactions/${session.data.tx_ref}/alter`, { amount: session.data.amount - 1 })
      await simulator.control(`transactions/${session.data.tx_ref}/webhook`)
      await pause(2_000)
      const returned = await shop.complete(cartId)
      expect(returned.data.type).not.toBe("order")
      expect(await shop.ordersForCart(cartId)).toEqual([])
      expect(await paymentsOf(session.id)).toEqual([])
      // What Flutterwave took for it goes back, in full.
      expect((await simulatorState()).refunds.map((r: any) => r.amount_refunded)).toEqual([session.data.amount - 1])
    })

    it("ignores a webhook whose verif-hash is forged or missing: nothing happens until the real one", async () => {
      await behave({ webhook: "none" })
      const cartId = await shop.cart([{ variant_id: ebook }])
      const session = await flutterwaveSession(cartId)
      await simulator.control(`transactions/${session.data.tx_ref}/pay`)
      const forged = await simulator.control(`transactions/${session.data.tx_ref}/webhook`, { hash: "not-the-secret-hash" })
      expect(forged.delivery.status).toBe(200)
      const unsigned = await fetch(webhookUrl(), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ event: "charge.completed", data: { tx_ref: session.data.tx_ref, amount: session.data.amount, currency: "NGN", status: "successful" } }),
      })
      expect(unsigned.status).toBe(200)
      await pause(2_000)
      expect(await shop.ordersForCart(cartId)).toEqual([])

      await simulator.control(`transactions/${session.data.tx_ref}/webhook`)
      expect(await eventually(() => shop.ordersForCart(cartId), (ids) => ids.length > 0)).toHaveLength(1)
    })

    it("makes one order with one capture from duplicate webhooks, and completing afterwards returns that order", async () => {
      await behave({ duplicate: true })
      const cartId = await shop.cart([{ variant_id: ebook }])
      const session = await flutterwaveSession(cartId)
      await simulator.control(`transactions/${session.data.tx_ref}/pay`)
      const orders = await eventually(() => shop.ordersForCart(cartId), (ids) => ids.length > 0)
      expect(orders).toHaveLength(1)
      await simulator.control(`transactions/${session.data.tx_ref}/webhook`)
      await pause(1_500)
      const completed = await shop.complete(cartId)
      expect(completed.data).toMatchObject({ type: "order", order: { id: orders[0] } })
      expect(await shop.ordersForCart(cartId)).toEqual(orders)
      expect((await simulatorState()).webhooks).toHaveLength(3)
      const payments = await paymentsOf(session.id)
      expect(payments).toHaveLength(1)
      expect(payments[0].captures).toHaveLength(1)
    })

    it("refunds part of a payment from the admin: Flutterwave is asked for exactly that amount in naira", async () => {
      const cartId = await shop.cart([{ variant_id: paperback }])
      const session = await flutterwaveSession(cartId)
      await simulator.control(`transactions/${session.data.tx_ref}/pay`)
      expect((await shop.complete(cartId)).data.type).toBe("order")
      const [payment] = await paymentsOf(session.id)
      const admin = await shop.adminHeaders()
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 1000.5 }, { headers: admin })
      const state = await simulatorState()
      const [transaction] = state.transactions
      expect(state.refunds.map((r: any) => [r.tx_id, r.amount_refunded])).toEqual([[transaction.id, 1000.5]])

      // More than is left is refused with a message, and nothing more is sent.
      const tooMuch = await api.post(`/admin/payments/${payment.id}/refund`, { amount: session.data.amount }, { headers: admin }).catch((e) => e.response)
      expect(tooMuch.status).toBeGreaterThanOrEqual(400)
      expect(tooMuch.status).toBeLessThan(500)
      expect((await simulatorState()).refunds).toHaveLength(1)
    })

    it("leaves the cart payable after a decline: no order, and a new Flutterwave payment then completes it", async () => {
      const cartId = await shop.cart([{ variant_id: ebook }])
      const declined = await flutterwaveSession(cartId)
      const res = await fetch(`${declined.data.link}/decline`, { method: "POST", redirect: "manual" })
      expect(new URL(res.headers.get("location")!).searchParams.get("status")).toBe("failed")
      const refused = await shop.complete(cartId)
      expect(refused.data.type).not.toBe("order")
      expect(await shop.ordersForCart(cartId)).toEqual([])

      const retry = await flutterwaveSession(cartId)
      expect(retry.data.tx_ref).not.toBe(declined.data.tx_ref)
      await simulator.control(`transactions/${retry.data.tx_ref}/pay`)
      expect((await shop.complete(cartId)).data.type).toBe("order")
      expect(await shop.ordersForCart(cartId)).toHaveLength(1)
    })

    it("refunds in full, once, a Flutterwave payment whose cart cannot become an order (sold out), and never places an order on it later", async () => {
      await behave({ webhook: "none" })
      const admin = await shop.adminHeaders()
      const { data } = await api.get("/admin/products", {
        headers: admin,
        params: { handle: "small-habits-big-books", fields: "id,variants.id,variants.title,variants.inventory_items.inventory_item_id" },
      })
      const variant = data.products[0].variants.find((v: any) => v.title === "Paperback")
      const itemId = variant.inventory_items[0].inventory_item_id
      const { data: levels } = await api.get(`/admin/inventory-items/${itemId}/location-levels`, { headers: admin })
      const stock = (stocked_quantity: number) =>
        api.post(`/admin/inventory-items/${itemId}/location-levels/${levels.inventory_levels[0].location_id}`, { stocked_quantity }, { headers: admin })
      await stock(1)

      // Both pay for the last copy; one completes first.
      const first = await shop.cart([{ variant_id: variant.id }], { email: "first@example.com" })
      const second = await shop.cart([{ variant_id: variant.id }], { email: "second@example.com" })
      const [won, lost] = await Promise.all([first, second].map(flutterwaveSession))
      for (const session of [won, lost]) await simulator.control(`transactions/${session.data.tx_ref}/pay`)
      expect((await shop.complete(first)).data.type).toBe("order")
      const refused = await shop.complete(second)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/not enough stock/i)
      expect(await shop.ordersForCart(second)).toEqual([])

      const refundsOf = async () => {
        const state = await simulatorState()
        const byId = new Map(state.transactions.map((t: any) => [t.id, t.tx_ref]))
        return state.refunds.map((r: any) => ({ tx_ref: byId.get(r.tx_id), amount: r.amount_refunded }))
      }
      expect(await refundsOf()).toEqual([{ tx_ref: lost.data.tx_ref, amount: lost.data.amount }])

      // Back in stock: the refunded payment (still "successful" at Flutterwave) places no order and is not refunded again.
      await stock(5)
      const retried = await shop.complete(second)
      expect(retried.data.type).not.toBe("order")
      expect(await shop.ordersForCart(second)).toEqual([])
      expect(await refundsOf()).toHaveLength(1)
      // A new payment completes it.
      const again = await flutterwaveSession(second)
      await simulator.control(`transactions/${again.data.tx_ref}/pay`)
      expect((await shop.complete(second)).data.type).toBe("order")
      expect(await refundsOf()).toHaveLength(1)
    })

    describe("when Flutterwave fails (5xx, timeout, unreachable)", () => {
      const FAULTS = ["error", "timeout", "unreachable"] as const
      const sessionsOf = async (cartId: string) => {
        const { data } = await api.get(`/store/carts/${cartId}`, { headers: shop.key, params: { fields: "*payment_collection.payment_sessions" } })
        return (data.cart.payment_collection?.payment_sessions ?? []) as { id: string; status: string }[]
      }

      it("tells the shopper no payment was started, creates no session, and the cart stays payable", async () => {
        for (const fault of FAULTS) {
          const cartId = await shop.cart([{ variant_id: ebook }])
          await behave({ faults: { payments: fault } })
          const refused = await flutterwaveSession(cartId).then(
            () => null,
            (e) => e.message
          )
          expect({ fault, refused }).toEqual({ fault, refused: expect.stringContaining(FLUTTERWAVE_PAYMENT_NOT_STARTED) })
          expect(await sessionsOf(cartId)).toEqual([])
          await behave()
          const session = await flutterwaveSession(cartId)
          await simulator.control(`transactions/${session.data.tx_ref}/pay`)
          expect((await shop.complete(cartId)).data.type).toBe("order")
          expect(await shop.ordersForCart(cartId)).toHaveLength(1)
        }
      })

      it("keeps a paid cart open while Flutterwave cannot confirm it, and the webhook then places exactly one order", async () => {
        for (const fault of FAULTS) {
          await behave({ webhook: "none" })
          const cartId = await shop.cart([{ variant_id: ebook }])
          const session = await flutterwaveSession(cartId)
          await simulator.control(`transactions/${session.data.tx_ref}/pay`)
          await behave({ webhook: "none", faults: { verify: fault } })
          const returned = await shop.complete(cartId)
          expect({ fault, status: returned.status, type: returned.data.type, message: returned.data.error?.message }).toEqual({
            fault,
            status: 200,
            type: "cart",
            message: FLUTTERWAVE_PAYMENT_NOT_CONFIRMED,
          })
          expect((await sessionsOf(cartId)).map((s) => s.status)).toEqual(["pending"])
          await behave()
          await simulator.control(`transactions/${session.data.tx_ref}/webhook`)
          const orders = await eventually(() => shop.ordersForCart(cartId), (ids) => ids.length > 0)
          expect(orders).toHaveLength(1)
          expect((await shop.complete(cartId)).data.order?.id).toBe(orders[0])
          expect(await paymentsOf(session.id)).toHaveLength(1)
        }
      })

      it("does not refund a paid cart whose completion failed only because Flutterwave could not confirm it just then", async () => {
        await behave({ webhook: "none" })
        const cartId = await shop.cart([{ variant_id: ebook }])
        const session = await flutterwaveSession(cartId)
        await simulator.control(`transactions/${session.data.tx_ref}/pay`)
        // Flutterwave hangs once, on completion's check, and answers again by the time completion is undone.
        await behave({ webhook: "none", faults: { verify: { mode: "timeout", times: 1 } } })
        const returned = await shop.complete(cartId)
        expect(returned.data.error?.message).toBe(FLUTTERWAVE_PAYMENT_NOT_CONFIRMED)
        expect((await simulatorState()).refunds).toEqual([])
        expect((await shop.complete(cartId)).data.type).toBe("order")
        expect(await shop.ordersForCart(cartId)).toHaveLength(1)
      })
    })
  },
})

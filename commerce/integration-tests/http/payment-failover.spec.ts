import { SIMULATOR_PORT, SIMULATOR_SECRET } from "../utils/paystack-simulator-env"
import { FLUTTERWAVE_HASH, FLUTTERWAVE_PORT, FLUTTERWAVE_SECRET } from "../utils/flutterwave-simulator-env"
import "../utils/paystack-faults-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { PAYMENT_NOT_STARTED } from "../../src/modules/paystack/service"
import { startFlutterwaveSimulator } from "../utils/flutterwave-simulator"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

const FLUTTERWAVE = "pp_flutterwave_flutterwave"
const PAYSTACK = "pp_paystack_paystack"

/**
 * The two gateways side by side, as the storefront's failover uses them:
 * Paystack cannot start a payment, the same cart pays with Flutterwave;
 * a shopper who switched provider and then paid the first page anyway is
 * refunded for it. Never two orders for one cart.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let paystack: RunningSimulator
    let flutterwave: RunningSimulator
    let shop: Shop
    let ebook: string
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const stateOf = async (simulator: RunningSimulator) => (await fetch(`${simulator.url}/__simulator/state`)).json()

    /** Starts a payment with `provider` for the cart, as the checkout's payment step does; the session or the refusal. */
    const startPayment = async (cartId: string, provider: string) => {
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: shop.key })
      const res = await api
        .post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: provider }, { headers: shop.key })
        .catch((e) => e.response)
      return { status: res.status as number, data: res.data, session: res.data?.payment_collection?.payment_sessions?.find((s: any) => s.provider_id === provider) }
    }
    const sessionsOf = async (cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}`, { headers: shop.key, params: { fields: "*payment_collection.payment_sessions" } })
      return (data.cart.payment_collection?.payment_sessions ?? []).map((s: any) => s.provider_id as string)
    }
    /** Pays a Flutterwave hosted page as the shopper would (its webhook goes to commerce). */
    const payFlutterwave = async (link: string) => {
      const paid = await fetch(`${link}/pay`, { method: "POST", redirect: "manual" })
      expect(new URL(paid.headers.get("location")!).searchParams.get("status")).toBe("successful")
    }

    beforeAll(async () => {
      paystack = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SIMULATOR_SECRET })
      flutterwave = await startFlutterwaveSimulator({ port: FLUTTERWAVE_PORT, secretKey: FLUTTERWAVE_SECRET, secretHash: FLUTTERWAVE_HASH })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, paystack)
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
    })
    afterAll(() => {
      paystack?.stop()
      flutterwave?.stop()
    })
    beforeEach(async () => {
      await paystack.control("reset")
      await flutterwave.control("reset")
      await paystack.control("behaviour", { webhook: "none", webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack` })
      await flutterwave.control("behaviour", { webhook: "none", webhookUrl: `${api.defaults.baseURL}/hooks/payment/flutterwave_flutterwave` })
    })

    it("when Paystack cannot start a payment, the same cart pays with Flutterwave and becomes exactly one order", async () => {
      const cartId = await shop.cart([{ variant_id: ebook }], { email: "failover@example.com" })
      await paystack.control("behaviour", { webhook: "none", faults: { initialize: "error" } })
      const refused = await startPayment(cartId, PAYSTACK)
      expect({ status: refused.status, message: refused.data.message }).toEqual({ status: 500, message: PAYMENT_NOT_STARTED })

      const offered = await startPayment(cartId, FLUTTERWAVE)
      expect(offered.status).toBe(200)
      expect(await sessionsOf(cartId)).toEqual([FLUTTERWAVE])
      await payFlutterwave(offered.session.data.link)
      const placed = await shop.complete(cartId)
      expect(placed.data.type).toBe("order")

      // Paystack is back and the shopper (or the webhook) tries again: the same order, never a second.
      await paystack.control("behaviour", { webhook: "none", faults: {} })
      const again = await shop.complete(cartId)
      expect(again.data.type === "order" ? again.data.order.id : null).toBe(placed.data.order.id)
      expect(await shop.ordersForCart(cartId)).toEqual([placed.data.order.id])
      const { data: payments } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.provider_id", "payment_collections.payments.amount"],
        filters: { id: placed.data.order.id },
      })
      expect(payments[0].payment_collections!.flatMap((c: any) => c.payments.map((p: any) => p.provider_id))).toEqual([FLUTTERWAVE])
      // Paystack never charged this shopper.
      expect((await stateOf(paystack)).transactions.filter((t: any) => t.status === "success")).toEqual([])
    })

    it("a shopper who switched to Flutterwave and then paid the Paystack page left open gets that payment back; one order", async () => {
      const cartId = await shop.cart([{ variant_id: ebook }], { email: "switcher@example.com" })
      const first = await startPayment(cartId, PAYSTACK)
      expect(first.status).toBe(200)
      const reference = first.session.data.reference as string

      // Switching provider replaces the Paystack session: only Flutterwave's is left on the cart.
      const second = await startPayment(cartId, FLUTTERWAVE)
      expect(await sessionsOf(cartId)).toEqual([FLUTTERWAVE])
      await payFlutterwave(second.session.data.link)
      const placed = await shop.complete(cartId)
      expect(placed.data.type).toBe("order")

      // The Paystack tab was still open: the shopper pays it too, and Paystack sends its signed webhook.
      await paystack.control(`transactions/${reference}/pay`)
      await paystack.control(`transactions/${reference}/webhook`)
      const refunds = await eventually(
        async () => (await stateOf(paystack)).refunds.map((r: any) => ({ reference: r.transaction.reference, amount: r.amount })),
        (found) => found.length > 0
      )
      expect(refunds).toEqual([{ reference, amount: first.session.data.amount }])
      // Paystack repeats the webhook: nothing more is refunded, and the cart still has its one order.
      await paystack.control(`transactions/${reference}/webhook`)
      await new Promise((r) => setTimeout(r, 1500))
      expect((await stateOf(paystack)).refunds).toHaveLength(1)
      expect(await shop.ordersForCart(cartId)).toEqual([placed.data.order.id])
    })

    it("the other way round: switched to Paystack, then paid the Flutterwave page left open, gets the Flutterwave payment back; one order", async () => {
      const cartId = await shop.cart([{ variant_id: ebook }], { email: "switcher-back@example.com" })
      const first = await startPayment(cartId, FLUTTERWAVE)
      const txRef = first.session.data.tx_ref as string
      const second = await startPayment(cartId, PAYSTACK)
      expect(await sessionsOf(cartId)).toEqual([PAYSTACK])
      await paystack.control(`transactions/${second.session.data.reference}/pay`)
      const placed = await shop.complete(cartId)
      expect(placed.data.type).toBe("order")

      await flutterwave.control("behaviour", { webhook: "before-redirect", webhookUrl: `${api.defaults.baseURL}/hooks/payment/flutterwave_flutterwave` })
      await payFlutterwave(first.session.data.link)
      const refunds = await eventually(
        async () => (await stateOf(flutterwave)).refunds as any[],
        (found) => found.length > 0
      )
      const charged = (await stateOf(flutterwave)).transactions.find((t: any) => t.tx_ref === txRef)
      expect(refunds.map((r) => ({ tx_id: r.tx_id, amount: r.amount_refunded }))).toEqual([{ tx_id: charged.id, amount: first.session.data.amount }])
      expect(await shop.ordersForCart(cartId)).toEqual([placed.data.order.id])
    })
  },
})

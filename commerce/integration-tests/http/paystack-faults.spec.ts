import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { PAYSTACK_TIMEOUT_MS } from "../utils/paystack-faults-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { PAYMENT_NOT_CONFIRMED, PAYMENT_NOT_STARTED } from "../../src/modules/paystack/service"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

type Fault = "error" | "timeout" | "unreachable"
const FAULTS: Fault[] = ["error", "timeout", "unreachable"]
/**
 * An answer well before Paystack's default 10 s timeout: completing a cart asks
 * Paystack twice, and a read is retried twice after a 500 or a dropped connection.
 */
const ANSWER_WITHIN_MS = 3 * PAYSTACK_TIMEOUT_MS + 2_000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let ebook: string
    const webhookUrl = () => `${api.defaults.baseURL}/hooks/payment/paystack_paystack`
    type Steered = Fault | { mode: Fault; times: number }
    const steer = (faults: Partial<Record<"initialize" | "verify" | "refund", Steered>>) =>
      simulator.control("behaviour", { webhook: "none", webhookUrl: webhookUrl(), faults })
    const simulatorState = async () => (await fetch(`${simulator.url}/__simulator/state`)).json()
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const sessionsOf = async (cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}`, { headers: shop.key, params: { fields: "*payment_collection.payment_sessions" } })
      return (data.cart.payment_collection?.payment_sessions ?? []) as { id: string; status: string }[]
    }
    const paymentsOf = async (sessionId: string) =>
      (await query().graph({ entity: "payment", fields: ["id"], filters: { payment_session_id: sessionId } })).data
    const timed = async <T>(work: () => Promise<T>) => {
      const started = Date.now()
      const result = await work()
      return { result, ms: Date.now() - started }
    }

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
    })
    afterAll(() => simulator?.stop())
    beforeEach(async () => {
      await simulator.control("reset")
      await steer({})
    })

    it("tells the shopper to try again when Paystack cannot start a payment, within the timeout, and the cart stays payable", async () => {
      for (const fault of FAULTS) {
        const cartId = await shop.cart([{ variant_id: ebook }])
        await steer({ initialize: fault })
        const { result: refused, ms } = await timed(() => shop.paystackSession(cartId).catch((e) => e.response))
        expect({ fault, status: refused.status, message: refused.data.message }).toEqual({ fault, status: 500, message: PAYMENT_NOT_STARTED })
        expect(ms).toBeLessThan(ANSWER_WITHIN_MS)
        expect(await sessionsOf(cartId)).toEqual([])

        await steer({})
        const session = await shop.paystackSession(cartId)
        await simulator.control(`transactions/${session.data.reference}/pay`)
        expect((await shop.complete(cartId)).data.type).toBe("order")
        expect(await shop.ordersForCart(cartId)).toHaveLength(1)
      }
    })

    it("keeps the cart open when Paystack cannot confirm a paid transaction, and the webhook or a retry then places exactly one order", async () => {
      for (const [i, fault] of FAULTS.entries()) {
        const cartId = await shop.cart([{ variant_id: ebook }])
        const session = await shop.paystackSession(cartId)
        await simulator.control(`transactions/${session.data.reference}/pay`)
        await steer({ verify: fault })

        const { result: returned, ms } = await timed(() => shop.complete(cartId))
        expect({ fault, status: returned.status, type: returned.data.type, message: returned.data.error?.message }).toEqual({
          fault,
          status: 200,
          type: "cart",
          message: PAYMENT_NOT_CONFIRMED,
        })
        expect(ms).toBeLessThan(ANSWER_WITHIN_MS)
        expect(await shop.ordersForCart(cartId)).toEqual([])
        expect((await sessionsOf(cartId)).map((s) => s.status)).toEqual(["pending"])

        await steer({})
        // Paystack's webhook arrives once it is back, or the shopper tries again first.
        if (i % 2 === 0) await simulator.control(`transactions/${session.data.reference}/webhook`)
        const orders = i % 2 === 0 ? await eventually(() => shop.ordersForCart(cartId), (ids) => ids.length > 0) : []
        const completed = await shop.complete(cartId)
        expect(completed.data.type).toBe("order")
        if (i % 2 === 0) expect(completed.data.order.id).toBe(orders[0])
        await simulator.control(`transactions/${session.data.reference}/webhook`)
        await new Promise((r) => setTimeout(r, 1_500))
        expect(await shop.ordersForCart(cartId)).toEqual([completed.data.order.id])
        expect(await paymentsOf(session.id)).toHaveLength(1)
      }
    })

    it("does not refund a paid cart whose completion failed only because Paystack could not confirm it just then", async () => {
      const cartId = await shop.cart([{ variant_id: ebook }])
      const session = await shop.paystackSession(cartId)
      await simulator.control(`transactions/${session.data.reference}/pay`)
      // Paystack hangs once, on completion's check, and answers again by the time completion is undone.
      await steer({ verify: { mode: "timeout", times: 1 } })
      const returned = await shop.complete(cartId)
      expect(returned.data.error?.message).toBe(PAYMENT_NOT_CONFIRMED)
      const { refunds, transactions } = await simulatorState()
      expect(refunds).toEqual([])
      expect(transactions.find((t: any) => t.reference === session.data.reference).status).toBe("success")
      expect((await shop.complete(cartId)).data.type).toBe("order")
      expect(await shop.ordersForCart(cartId)).toHaveLength(1)
    })

    it("never sends a refund twice: one whose answer timed out is found at Paystack and recorded, one refused or unsent is safe to retry", async () => {
      const admin = await shop.adminHeaders()
      const paperback = await shop.variantId("the-quiet-draft", "Paperback")
      const { order, session } = await shop.buy([{ variant_id: paperback }], { email: "refund-faults@example.com" })
      const { data } = await api.get(`/admin/orders/${order.id}`, { headers: admin, params: { fields: "id,*payment_collections.payments" } })
      const paymentId = data.order.payment_collections[0].payments[0].id
      const refund = (amount: number): Promise<any> => api.post(`/admin/payments/${paymentId}/refund`, { amount }, { headers: admin }).catch((e) => e.response)
      const paystackRefunds = async () => (await simulatorState()).refunds.map((r: any) => r.amount)
      const medusaRefunds = async () =>
        (await api.get(`/admin/payments/${paymentId}`, { headers: admin, params: { fields: "id,*refunds" } })).data.payment.refunds
          .map((r: any) => r.amount)
          .sort((a: number, b: number) => a - b)

      // Paystack makes the refund but its answer never comes: found and recorded, not sent again.
      await steer({ refund: "timeout" })
      const { result: timedOut, ms } = await timed(() => refund(1000))
      expect(timedOut.status).toBe(200)
      expect(ms).toBeLessThan(ANSWER_WITHIN_MS)
      expect(await paystackRefunds()).toEqual([100000])
      expect(await medusaRefunds()).toEqual([1000])

      // Paystack fails, or cannot be reached, before acting: staff hear a retry is safe, and it refunds once.
      for (const fault of ["error", "unreachable"] as const) {
        await steer({ refund: fault })
        const failed = await refund(500)
        expect(failed.status).toBe(500)
        expect(failed.data.message).toMatch(/trying the refund again is safe/)
        await steer({})
        expect((await refund(500)).status).toBe(200)
      }
      expect(await paystackRefunds()).toEqual([100000, 50000, 50000])
      expect(await medusaRefunds()).toEqual([500, 500, 1000])
      expect(session.data.reference).toBeTruthy()
    })
  },
})

import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { FLUTTERWAVE_HASH, FLUTTERWAVE_PORT, FLUTTERWAVE_SECRET } from "../utils/flutterwave-simulator-env"
import { STAFF_ALERT_EMAILS } from "../utils/reconciliation-env"
import { RESEND_API_KEY, RESEND_PORT } from "../utils/staff-alerts-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seedDemoData from "../../src/scripts/seed"
import reconcilePaystackPaymentsJob from "../../src/jobs/reconcile-paystack-payments"
import { env } from "../../src/lib/env"
import { RECONCILIATION_MODULE } from "../../src/modules/reconciliation"
import type ReconciliationModuleService from "../../src/modules/reconciliation/service"
import { startFakeResend, type FakeResend } from "../utils/fake-resend"
import { startFlutterwaveSimulator } from "../utils/flutterwave-simulator"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let flutterwave: RunningSimulator
    let resend: FakeResend
    let shop: Shop
    let admin: Headers
    let paperback: string
    let ebook: string

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      flutterwave = await startFlutterwaveSimulator({ port: FLUTTERWAVE_PORT, secretKey: FLUTTERWAVE_SECRET, secretHash: FLUTTERWAVE_HASH })
      resend = await startFakeResend({ apiKey: RESEND_API_KEY, port: RESEND_PORT })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      admin = await shop.adminHeaders()
      paperback = await shop.variantId("the-quiet-draft", "Paperback")
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
    })
    afterAll(async () => {
      simulator?.stop()
      flutterwave?.stop()
      await resend?.stop()
    })
    beforeEach(async () => {
      // Paystack's record is never reset here: each test reconciles only the period it made.
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack` })
      await flutterwave.control("behaviour", { webhook: "none" })
      resend.reset()
    })

    const reconcile = (body: Record<string, unknown>) => api.post("/admin/reconciliation/runs", body, { headers: admin }).catch((e) => e.response)
    const reportEmails = () => resend.sent().filter((e) => /^Payments to check/.test(e.body.subject))
    const paymentOf = async (orderId: string) => {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=payment_collections.payments.id`, { headers: admin })
      return data.order.payment_collections[0].payments[0].id as string
    }

    it("finds nothing on a clean shop: paid orders, a partial refund through the admin, a cart never paid; and emails no one", async () => {
      const since = new Date().toISOString()
      const { order } = await shop.buy([{ variant_id: paperback }])
      await shop.buy([{ variant_id: ebook }])
      await api.post(`/admin/payments/${await paymentOf(order.id)}/refund`, { amount: 1000 }, { headers: admin })
      await shop.paystackSession(await shop.cart([{ variant_id: ebook }]))

      const { status, data } = await reconcile({ from: since })
      expect(status).toBe(201)
      expect(data.run).toMatchObject({ status: "completed", trigger: "manual", finding_count: 0, orders_checked: 2, transactions_checked: 3 })
      const { data: detail } = await api.get(`/admin/reconciliation/runs/${data.run.id}`, { headers: admin })
      expect(detail.run.findings).toEqual([])
      await new Promise((r) => setTimeout(r, 500))
      expect(reportEmails()).toHaveLength(0)
    })

    it("finds each kind of mismatch planted at Paystack, links each to its order or reference, and emails staff", async () => {
      const since = new Date().toISOString()
      // (a) A shopper paid, and the order was never made (no webhook, never came back).
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack`, webhook: "none" })
      const abandoned = await shop.paystackSession(await shop.cart([{ variant_id: ebook }]))
      await simulator.control(`transactions/${abandoned.data.reference}/pay`)
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack` })
      // (b) Paystack now reports an order's transaction as failed; (c) as another amount; (d) refunded on Paystack's dashboard only.
      const failed = await shop.buy([{ variant_id: ebook }])
      const overpaid = await shop.buy([{ variant_id: ebook }])
      const refunded = await shop.buy([{ variant_id: paperback }])
      const clean = await shop.buy([{ variant_id: ebook }])
      await simulator.control(`transactions/${failed.session.data.reference}/alter`, { status: "failed" })
      await simulator.control(`transactions/${overpaid.session.data.reference}/alter`, { amount: overpaid.session.data.amount + 100 })
      const paystackRefund = await fetch(`${simulator.url}/refund`, {
        method: "POST",
        headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
        body: JSON.stringify({ transaction: refunded.session.data.reference, amount: 50_000 }),
      })
      expect(paystackRefund.status).toBe(200)

      const { status, data } = await reconcile({ from: since })
      expect(status).toBe(201)
      expect(data.run).toMatchObject({ status: "completed", finding_count: 4, orders_checked: 4 })
      const { data: detail } = await api.get(`/admin/reconciliation/runs/${data.run.id}`, { headers: admin })
      const byKind = Object.fromEntries(detail.run.findings.map((f: any) => [f.kind, f]))
      expect(Object.keys(byKind).sort()).toEqual(["amount_mismatch", "order_without_payment", "paid_without_order", "refund_mismatch"])
      const orderUrl = (id: string) => `${env.MEDUSA_BACKEND_URL}/app/orders/${id}`

      expect(byKind.paid_without_order).toMatchObject({ reference: abandoned.data.reference, order_id: null, order_url: null, gateway_amount: 6500, gateway_currency: "NGN" })
      expect(byKind.paid_without_order.message).toContain(`Paystack took ₦6,500.00 (${abandoned.data.reference}`)
      expect(byKind.order_without_payment).toMatchObject({ reference: failed.session.data.reference, order_id: failed.order.id, order_url: orderUrl(failed.order.id) })
      expect(byKind.order_without_payment.message).toMatch(/which Paystack reports as failed/)
      expect(byKind.amount_mismatch).toMatchObject({
        order_id: overpaid.order.id,
        order_url: orderUrl(overpaid.order.id),
        gateway_amount: 6501,
        shop_amount: 6500,
        shop_currency: "NGN",
      })
      expect(byKind.refund_mismatch).toMatchObject({ order_id: refunded.order.id, gateway_amount: 500, shop_amount: 0 })
      expect(byKind.refund_mismatch.message).toMatch(/Paystack has refunded ₦500\.00 of .*, the shop ₦0\.00 of order #\d+/)
      expect(detail.run.findings.some((f: any) => f.order_id === clean.order.id)).toBe(false)

      const emails = await eventually(async () => reportEmails(), (sent) => sent.length >= STAFF_ALERT_EMAILS.length)
      expect(emails.map((e) => e.body.to).flat().sort()).toEqual([...STAFF_ALERT_EMAILS].sort())
      const [email] = emails
      expect(email.body.subject).toBe("Payments to check: 4 differences between the payment gateways and the shop")
      expect(email.body.html).toContain(abandoned.data.reference)
      expect(email.body.html).toContain(`href="${orderUrl(failed.order.id)}"`)
      expect(email.body.html).toContain(`${env.MEDUSA_BACKEND_URL}/app/reconciliation?run=${data.run.id}`)

      const { data: list } = await api.get("/admin/reconciliation/runs?limit=1", { headers: admin })
      expect(list.runs[0]).toMatchObject({ id: data.run.id, finding_count: 4 })
    })

    /** Pays a new cart at Flutterwave's hosted page; with `complete`, the cart becomes an order (as the shopper's return does). */
    const payWithFlutterwave = async (lines: { variant_id: string }[], complete: boolean) => {
      const cartId = await shop.cart(lines)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: shop.key })
      const { data } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_flutterwave_flutterwave" },
        { headers: shop.key }
      )
      const session = data.payment_collection.payment_sessions.find((s: any) => s.provider_id === "pp_flutterwave_flutterwave")
      await fetch(`${session.data.link}/pay`, { method: "POST", redirect: "manual" })
      const charged = (await (await fetch(`${flutterwave.url}/__simulator/state`)).json()).transactions.find((t: any) => t.tx_ref === session.data.tx_ref)
      if (!complete) return { session, charged, order: null }
      const placed = await shop.complete(cartId)
      expect(placed.data.type).toBe("order")
      return { session, charged, order: placed.data.order }
    }

    it("reconciles Flutterwave beside Paystack: each finding names the gateway that took the money", async () => {
      const since = new Date().toISOString()
      const unplaced = await payWithFlutterwave([{ variant_id: ebook }], false)
      const refundedThere = await payWithFlutterwave([{ variant_id: ebook }], true)
      const clean = await payWithFlutterwave([{ variant_id: paperback }], true)
      await shop.buy([{ variant_id: ebook }])
      // Refunded on Flutterwave's dashboard only: 1,000 naira (Flutterwave speaks major units).
      const refund = await fetch(`${flutterwave.url}/v3/transactions/${refundedThere.charged.id}/refund`, {
        method: "POST",
        headers: { authorization: `Bearer ${FLUTTERWAVE_SECRET}`, "content-type": "application/json" },
        body: JSON.stringify({ amount: 1000 }),
      })
      expect(refund.status).toBe(200)

      const { status, data } = await reconcile({ from: since })
      expect(status).toBe(201)
      expect(data.run).toMatchObject({ status: "completed", finding_count: 2, orders_checked: 3, transactions_checked: 4 })
      const { data: detail } = await api.get(`/admin/reconciliation/runs/${data.run.id}`, { headers: admin })
      const found = detail.run.findings.map((f: any) => [f.provider, f.kind, f.reference, f.order_id, f.gateway_amount, f.shop_amount])
      expect(found.sort()).toEqual(
        [
          ["flutterwave", "paid_without_order", unplaced.session.data.tx_ref, null, 6500, null],
          ["flutterwave", "refund_mismatch", refundedThere.session.data.tx_ref, refundedThere.order.id, 1000, 0],
        ].sort()
      )
      const byKind = Object.fromEntries(detail.run.findings.map((f: any) => [f.kind, f]))
      expect(byKind.paid_without_order.message).toContain(`Flutterwave took ₦6,500.00 (${unplaced.session.data.tx_ref}`)
      expect(byKind.refund_mismatch.message).toMatch(/^Flutterwave has refunded ₦1,000\.00 of /)
      // No Paystack dashboard link for a Flutterwave finding; the order is linked as for Paystack's.
      expect(byKind.refund_mismatch).toMatchObject({ gateway_url: null, order_url: `${env.MEDUSA_BACKEND_URL}/app/orders/${refundedThere.order.id}` })
      expect(detail.run.findings.some((f: any) => f.order_id === clean.order.id)).toBe(false)
    })

    it("checks an order paid just before the period against Paystack one by one, without calling it missing", async () => {
      const since = new Date().toISOString()
      const { order, session } = await shop.buy([{ variant_id: ebook }])
      await simulator.control(`transactions/${session.data.reference}/alter`, { created_at: new Date(Date.now() - 3_600_000).toISOString() })
      const { data } = await reconcile({ from: since })
      expect(data.run).toMatchObject({ status: "completed", finding_count: 0 })
      expect(data.run.orders_checked).toBeGreaterThanOrEqual(1)
      // The same order, with its transaction since failed, is reported.
      await simulator.control(`transactions/${session.data.reference}/alter`, { status: "failed" })
      const again = await reconcile({ from: since })
      const { data: detail } = await api.get(`/admin/reconciliation/runs/${again.data.run.id}`, { headers: admin })
      expect(detail.run.findings.map((f: any) => [f.kind, f.order_id])).toContainEqual(["order_without_payment", order.id])
    })

    it("the daily job reconciles the day before, through the same workflow", async () => {
      const { data: before } = await api.get("/admin/reconciliation/runs?limit=1", { headers: admin })
      await reconcilePaystackPaymentsJob(getContainer() as any)
      const { data } = await api.get("/admin/reconciliation/runs?limit=1", { headers: admin })
      expect(data.count).toBe(before.count + 1)
      expect(data.runs[0]).toMatchObject({ trigger: "scheduled", status: "completed", started_by: null })
      expect(Date.parse(data.runs[0].period_to) - Date.parse(data.runs[0].period_from)).toBe(86_400_000)
    })

    it("never runs two at once: 409 while one is running; a run abandoned by its process no longer blocks", async () => {
      const service = getContainer().resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
      const running = await service.startRun({ trigger: "manual", period_from: new Date(Date.now() - 1000), period_to: new Date(), started_by: null })
      const refused = await reconcile({})
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/already running/)
      await expect(reconcilePaystackPaymentsJob(getContainer() as any)).resolves.toBeUndefined()
      expect((await service.listReconciliationRuns({ status: "running" })).map((r) => r.id)).toEqual([running.id])

      await service.updateReconciliationRuns({ id: running.id, started_at: new Date(Date.now() - 2 * 3_600_000) })
      const { status } = await reconcile({})
      expect(status).toBe(201)
      expect(await service.retrieveReconciliationRun(running.id)).toMatchObject({ status: "failed", error: expect.stringMatching(/Abandoned/) })
    })

    it("records a run Paystack could not answer as failed, with the reason, and lets the next one run", async () => {
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack`, faults: { list: "error" } })
      const { status, data } = await reconcile({})
      expect(status).toBe(502)
      expect(data.message).toMatch(/Paystack is unavailable for GET \/transaction/)
      const { data: list } = await api.get("/admin/reconciliation/runs?limit=1", { headers: admin })
      expect(list.runs[0]).toMatchObject({ status: "failed", error: expect.stringMatching(/Paystack is unavailable/) })
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack` })
      expect((await reconcile({})).status).toBe(201)
    })

    it("refuses a bad period with a 400 naming it", async () => {
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ from: "yesterday" }, /from must be an ISO date-time/],
        [{ from: new Date().toISOString(), to: new Date(Date.now() - 60_000).toISOString() }, /from must be before to/],
        [{ from: "2020-01-01T00:00:00Z", to: "2020-12-31T00:00:00Z" }, /at most 92 days/],
        [{ period: "week" }, /period/],
      ]
      for (const [body, message] of cases) {
        const res = await reconcile(body)
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
      }
    })

    it("is for staff only: anonymous and customer tokens get 401", async () => {
      const customer = await shop.register("not-staff@example.com")
      for (const headers of [{}, customer]) {
        for (const call of [
          () => api.get("/admin/reconciliation/runs", { headers }),
          () => api.post("/admin/reconciliation/runs", {}, { headers }),
          () => api.get("/admin/reconciliation/runs/recrun_x", { headers }),
        ]) {
          expect((await call().catch((e) => e.response)).status).toBe(401)
        }
      }
    })
  },
})

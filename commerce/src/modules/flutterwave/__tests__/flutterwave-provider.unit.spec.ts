import http from "node:http"
import { MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { startFlutterwaveSimulator } from "../../../../integration-tests/utils/flutterwave-simulator"
import type { RunningSimulator } from "../../../../integration-tests/utils/paystack-simulator"
import FlutterwaveProviderService, { FLUTTERWAVE_PAYMENT_NOT_STARTED, type FlutterwaveSessionData } from "../service"

const SECRET = "FLWSECK_TEST-provider-spec-X"
const HASH = "provider-spec-secret-hash"
const sessionInput = (overrides: Record<string, unknown> = {}) => ({
  amount: 6500,
  currency_code: "ngn",
  data: { session_id: "payses_01TEST" },
  context: { customer: { id: "cus_1", email: "reader@example.com" } },
  ...overrides,
})

describe("Flutterwave provider", () => {
  let simulator: RunningSimulator
  let provider: FlutterwaveProviderService
  const verify = async (txRef: string) =>
    (await (await fetch(`${simulator.url}/v3/transactions/verify_by_reference?tx_ref=${txRef}`, { headers: { authorization: `Bearer ${SECRET}` } })).json()).data
  const state = async () => (await fetch(`${simulator.url}/__simulator/state`)).json()

  beforeAll(async () => {
    simulator = await startFlutterwaveSimulator({ secretKey: SECRET, secretHash: HASH })
    provider = new FlutterwaveProviderService({}, { secret_key: SECRET, secret_hash: HASH, api_base_url: simulator.url, redirect_url: "http://shop.test/checkout/flutterwave" })
  })
  afterAll(() => simulator.stop())

  it("starts one Flutterwave payment per session with our tx_ref, the amount in major units, and returns the hosted link", async () => {
    const { id, data, status } = await provider.initiatePayment(sessionInput({ amount: 6500.5 }))
    const session = data as FlutterwaveSessionData
    expect(status).toBe(PaymentSessionStatus.PENDING)
    expect(id).toBe(session.tx_ref)
    expect(session.tx_ref).toMatch(/^payses_01TEST-[0-9a-f]{8}$/)
    expect(session).toMatchObject({ amount: 6500.5, currency: "NGN", email: "reader@example.com", session_id: "payses_01TEST" })
    expect(session.link).toMatch(new RegExp(`^${simulator.url}/pay/`))
    const link = (await state()).links.find((l: any) => l.tx_ref === session.tx_ref)
    expect(link).toMatchObject({ amount: 6500.5, currency: "NGN", redirect_url: "http://shop.test/checkout/flutterwave" })
  })

  it("throws MedusaErrors for a missing email, an unsupported currency and a fraction of a kobo", async () => {
    await expect(provider.initiatePayment(sessionInput({ context: {} }))).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA, message: expect.stringContaining("email") })
    await expect(provider.initiatePayment(sessionInput({ currency_code: "jpy" }))).rejects.toThrow("Flutterwave does not take payments in JPY")
    await expect(provider.initiatePayment(sessionInput({ amount: 10.005 }))).rejects.toBeInstanceOf(MedusaError)
  })

  it("is pending until paid, then authorizes only the session's exact amount and currency", async () => {
    const { data } = await provider.initiatePayment(sessionInput({ amount: 12.99, currency_code: "usd" }))
    const session = data as FlutterwaveSessionData
    expect((await provider.authorizePayment({ data })).status).toBe(PaymentSessionStatus.PENDING)
    expect((await provider.getPaymentStatus({ data })).status).toBe(PaymentSessionStatus.PENDING)
    await simulator.control(`transactions/${session.tx_ref}/pay`)
    const authorized = await provider.authorizePayment({ data })
    expect(authorized.status).toBe(PaymentSessionStatus.CAPTURED)
    expect(authorized.data).toMatchObject({ tx_ref: session.tx_ref, flutterwave_transaction_id: (await verify(session.tx_ref)).id })
    expect((await provider.capturePayment({ data: authorized.data })).data).toMatchObject({ tx_ref: session.tx_ref })
    // Flutterwave recording another amount or currency for our tx_ref is not a payment of this session.
    await simulator.control(`transactions/${session.tx_ref}/alter`, { amount: 12.98 })
    expect((await provider.authorizePayment({ data })).status).toBe(PaymentSessionStatus.ERROR)
    await simulator.control(`transactions/${session.tx_ref}/alter`, { amount: 12.99, currency: "NGN" })
    expect((await provider.authorizePayment({ data })).status).toBe(PaymentSessionStatus.ERROR)
    await expect(provider.capturePayment({ data })).rejects.toMatchObject({ type: MedusaError.Types.NOT_ALLOWED })
  })

  it("never authorizes a charge Flutterwave has refunded, though Flutterwave still calls it successful", async () => {
    const { data } = await provider.initiatePayment(sessionInput())
    const txRef = (data as FlutterwaveSessionData).tx_ref
    await simulator.control(`transactions/${txRef}/pay`)
    const { id, status } = await verify(txRef)
    await fetch(`${simulator.url}/v3/transactions/${id}/refund`, { method: "POST", headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" }, body: "{}" })
    expect((await verify(txRef)).status).toBe(status)
    expect((await provider.authorizePayment({ data })).status).toBe(PaymentSessionStatus.ERROR)
  })

  it("reports a declined payment as an error and a cancelled one as still pending", async () => {
    const declined = (await provider.initiatePayment(sessionInput())).data as FlutterwaveSessionData
    await simulator.control(`transactions/${declined.tx_ref}/decline`)
    expect((await provider.authorizePayment({ data: declined })).status).toBe(PaymentSessionStatus.ERROR)
    const cancelled = (await provider.initiatePayment(sessionInput())).data as FlutterwaveSessionData
    await simulator.control(`transactions/${cancelled.tx_ref}/cancel`)
    expect((await provider.authorizePayment({ data: cancelled })).status).toBe(PaymentSessionStatus.PENDING)
    expect((await provider.cancelPayment({ data: cancelled })).data).toEqual(cancelled)
  })

  it("refunds part and then the rest in major units, and Flutterwave's refusal of more is thrown", async () => {
    const { data } = await provider.initiatePayment(sessionInput())
    await simulator.control(`transactions/${(data as FlutterwaveSessionData).tx_ref}/pay`)
    const first = await provider.refundPayment({ data, amount: 1500.25 })
    expect((first.data as FlutterwaveSessionData).refunds).toEqual([{ id: expect.any(Number), amount: 1500.25 }])
    const second = await provider.refundPayment({ data: first.data, amount: 4999.75 })
    expect((second.data as FlutterwaveSessionData).refunds!.map((r) => r.amount)).toEqual([1500.25, 4999.75])
    await expect(provider.refundPayment({ data: second.data, amount: 1 })).rejects.toBeInstanceOf(MedusaError)
    await expect(provider.cancelPayment({ data })).rejects.toMatchObject({ type: MedusaError.Types.NOT_ALLOWED })
  })

  it("takes a refund that reached Flutterwave but was never recorded instead of sending it again", async () => {
    const { data } = await provider.initiatePayment(sessionInput())
    const txRef = (data as FlutterwaveSessionData).tx_ref
    await simulator.control(`transactions/${txRef}/pay`)
    const paid = (await provider.authorizePayment({ data })).data as FlutterwaveSessionData
    // Flutterwave makes the refund but its answer never comes: the provider finds it in the refund list.
    await simulator.control("behaviour", { faults: { refund: { mode: "timeout", times: 1 } } })
    const fast = new FlutterwaveProviderService({}, { secret_key: SECRET, secret_hash: HASH, api_base_url: simulator.url, timeout_ms: 500 })
    const recovered = await fast.refundPayment({ data: paid, amount: 1000 })
    expect((recovered.data as FlutterwaveSessionData).refunds).toEqual([{ id: expect.any(Number), amount: 1000 }])
    const refundsAt = async () => (await state()).refunds.filter((r: any) => r.tx_id === paid.flutterwave_transaction_id).map((r: any) => r.amount_refunded)
    expect(await refundsAt()).toEqual([1000])
    // Recorded now, so a second refund of the same amount is a new one.
    const second = await fast.refundPayment({ data: recovered.data, amount: 1000 })
    expect((second.data as FlutterwaveSessionData).refunds!.map((r) => r.amount)).toEqual([1000, 1000])
    expect(await refundsAt()).toEqual([1000, 1000])
  }, 30_000)

  it("sends a refund once when the connection drops, and says a retry is safe", async () => {
    const hits: string[] = []
    const flaky = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url!.split("?")[0]}`)
      if (req.method === "GET" && req.url!.startsWith("/v3/refunds?")) {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "success", message: "ok", data: [] }))
        return
      }
      req.socket.destroy()
    })
    await new Promise<void>((resolve) => flaky.listen(0, "127.0.0.1", resolve))
    const offline = new FlutterwaveProviderService({}, { secret_key: SECRET, secret_hash: HASH, api_base_url: `http://127.0.0.1:${(flaky.address() as { port: number }).port}` })
    const session: FlutterwaveSessionData = { session_id: "payses_1", tx_ref: "payses_1-abcdef12", link: "x", amount: 6500, currency: "NGN", email: "r@example.com", flutterwave_transaction_id: 4000001 }
    await expect(offline.refundPayment({ data: session, amount: 6500 })).rejects.toMatchObject({
      type: MedusaError.Types.UNEXPECTED_STATE,
      message: expect.stringContaining("trying the refund again is safe"),
    })
    expect(hits.filter((h) => h === "POST /v3/transactions/4000001/refund")).toHaveLength(1)
    flaky.close()
  })

  it("gives up on a hanging Flutterwave after timeout_ms and tells the shopper to try again", async () => {
    const hanging = http.createServer(() => {})
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve))
    const slow = new FlutterwaveProviderService({}, { secret_key: SECRET, secret_hash: HASH, api_base_url: `http://127.0.0.1:${(hanging.address() as { port: number }).port}`, timeout_ms: 300 })
    const started = Date.now()
    await expect(slow.initiatePayment(sessionInput())).rejects.toMatchObject({ type: MedusaError.Types.UNEXPECTED_STATE, message: FLUTTERWAVE_PAYMENT_NOT_STARTED })
    expect(Date.now() - started).toBeLessThan(2_000)
    hanging.closeAllConnections()
    hanging.close()
  })

  describe("webhooks", () => {
    const charge = { event: "charge.completed", data: { id: 1, tx_ref: "payses_01KNOWN-0a1b2c3d", amount: 6500, currency: "NGN", status: "successful" } }
    const event = (body: unknown, hash: string | null = HASH) => ({ data: body as Record<string, unknown>, rawData: JSON.stringify(body), headers: hash === null ? {} : { "verif-hash": hash } })
    const knowing = (ids: string[]) =>
      new FlutterwaveProviderService(
        { paymentSessionService: { list: async ({ id }: { id: string[] }) => id.filter((i) => ids.includes(i)).map((i) => ({ id: i })) } },
        { secret_key: SECRET, secret_hash: HASH, api_base_url: "http://127.0.0.1:9" }
      )

    it("turns charge.completed (successful) with the right verif-hash for a known session into an authorized payment", async () => {
      expect(await knowing(["payses_01KNOWN"]).getWebhookActionAndData(event(charge))).toEqual({
        action: PaymentActions.AUTHORIZED,
        data: { session_id: "payses_01KNOWN", amount: 6500 },
      })
    })

    it("ignores a forged or missing verif-hash, failed charges, other events, other tx_refs and unknown sessions", async () => {
      const provider = knowing(["payses_01KNOWN"])
      const action = async (e: ReturnType<typeof event>, p = provider) => (await p.getWebhookActionAndData(e)).action
      expect(await action(event(charge, "forged"))).toBe(PaymentActions.NOT_SUPPORTED)
      expect(await action(event(charge, `${HASH}x`))).toBe(PaymentActions.NOT_SUPPORTED)
      expect(await action(event(charge, null))).toBe(PaymentActions.NOT_SUPPORTED)
      expect(await action(event({ ...charge, data: { ...charge.data, status: "failed" } }))).toBe(PaymentActions.NOT_SUPPORTED)
      expect(await action(event({ ...charge, event: "transfer.completed" }))).toBe(PaymentActions.NOT_SUPPORTED)
      expect(await action(event({ ...charge, data: { ...charge.data, tx_ref: "someone-else" } }))).toBe(PaymentActions.NOT_SUPPORTED)
      expect(await action(event(charge), knowing([]))).toBe(PaymentActions.NOT_SUPPORTED)
    })

    it("refunds in full, once, a paid charge for a session the shop no longer has (replaced while its page stayed open)", async () => {
      const { data } = await provider.initiatePayment(sessionInput({ data: { session_id: "payses_01GONE" } }))
      const txRef = (data as FlutterwaveSessionData).tx_ref
      await simulator.control(`transactions/${txRef}/pay`)
      const paid = await verify(txRef)
      const forgotten = new FlutterwaveProviderService(
        { paymentSessionService: { list: async () => [] } },
        { secret_key: SECRET, secret_hash: HASH, api_base_url: simulator.url }
      )
      const webhook = event({ event: "charge.completed", data: { id: paid.id, tx_ref: txRef, amount: 6500, currency: "NGN", status: "successful" } })
      const refundsOf = async () => (await state()).refunds.filter((r: any) => r.tx_id === paid.id)
      // Flutterwave repeats its webhooks, sometimes at once: one refund of the whole charge.
      const actions = await Promise.all([forgotten.getWebhookActionAndData(webhook), forgotten.getWebhookActionAndData(webhook)])
      expect(actions.map((a) => a.action)).toEqual([PaymentActions.NOT_SUPPORTED, PaymentActions.NOT_SUPPORTED])
      expect((await forgotten.getWebhookActionAndData(webhook)).action).toBe(PaymentActions.NOT_SUPPORTED)
      expect((await refundsOf()).map((r: any) => r.amount_refunded)).toEqual([6500])
    })
  })
})

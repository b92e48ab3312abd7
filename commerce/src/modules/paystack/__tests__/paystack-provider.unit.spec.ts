import { createHmac } from "node:crypto"
import http from "node:http"
import { MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { startPaystackSimulator, type RunningSimulator } from "../../../../integration-tests/utils/paystack-simulator"
import PaystackProviderService, { PAYMENT_NOT_STARTED, type PaystackSessionData } from "../service"

const SECRET = "sk_test_provider_spec"
const sessionInput = (overrides: Record<string, unknown> = {}) => ({
  amount: 6500,
  currency_code: "ngn",
  data: { session_id: "payses_01TEST" },
  context: { customer: { id: "cus_1", email: "reader@example.com" } },
  ...overrides,
})

describe("Paystack provider for Medusa 2.21", () => {
  let simulator: RunningSimulator
  let provider: PaystackProviderService
  const sim = (p: string, body?: unknown) =>
    fetch(`${simulator.url}${p}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) })
  const verify = async (reference: string) =>
    (
      await (await fetch(`${simulator.url}/transaction/verify/${reference}`, { headers: { authorization: `Bearer ${SECRET}` } })).json()
    ).data

  beforeAll(async () => {
    simulator = await startPaystackSimulator({ secretKey: SECRET })
    provider = new PaystackProviderService({}, { secret_key: SECRET, api_base_url: simulator.url, callback_url: "http://shop.test/ng/checkout/paystack" })
  })
  afterAll(() => {
    simulator.stop()
  })

  it("starts one Paystack transaction per session with our reference, the amount in kobo and the session id", async () => {
    const { id, data, status } = await provider.initiatePayment(sessionInput())
    const session = data as PaystackSessionData
    expect(status).toBe(PaymentSessionStatus.PENDING)
    expect(id).toBe(session.reference)
    expect(session.reference).toMatch(/^payses_01TEST-[0-9a-f]{8}$/)
    expect(session).toMatchObject({ amount: 650000, currency: "NGN", email: "reader@example.com", session_id: "payses_01TEST" })
    expect(session.authorization_url).toBe(`${simulator.url}/checkout/${session.access_code}`)
    const transaction = await verify(session.reference)
    expect(transaction).toMatchObject({ amount: 650000, currency: "NGN", status: "abandoned", metadata: { session_id: "payses_01TEST" } })
  })

  it("converts amounts with decimals exactly (12.99 USD is 1299 cents)", async () => {
    const { data } = await provider.initiatePayment(sessionInput({ amount: 12.99, currency_code: "usd" }))
    expect((data as PaystackSessionData).amount).toBe(1299)
  })

  it("throws MedusaErrors for a missing email, an unsupported currency and a fraction of a kobo", async () => {
    await expect(provider.initiatePayment(sessionInput({ context: {} }))).rejects.toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
      message: expect.stringContaining("email"),
    })
    await expect(provider.initiatePayment(sessionInput({ currency_code: "eur" }))).rejects.toThrow("Paystack does not take payments in EUR")
    await expect(provider.initiatePayment(sessionInput({ amount: 10.005 }))).rejects.toBeInstanceOf(MedusaError)
  })

  it("authorizes only a successful transaction of the session's amount and currency", async () => {
    const { data } = await provider.initiatePayment(sessionInput())
    const session = data as PaystackSessionData
    expect((await provider.authorizePayment({ data })).status).toBe(PaymentSessionStatus.PENDING)
    expect((await provider.getPaymentStatus({ data })).status).toBe(PaymentSessionStatus.PENDING)

    await sim(`/__simulator/transactions/${session.reference}/pay`)
    const authorized = await provider.authorizePayment({ data })
    expect(authorized.status).toBe(PaymentSessionStatus.CAPTURED)
    expect(authorized.data).toMatchObject({ reference: session.reference, paystack_transaction_id: expect.any(Number) })
    expect((await provider.capturePayment({ data: authorized.data })).data).toMatchObject({ reference: session.reference })

    // The same paid reference presented with another amount is not authorized.
    const tampered = { ...session, amount: 100 }
    expect((await provider.authorizePayment({ data: tampered })).status).toBe(PaymentSessionStatus.ERROR)
  })

  it("reports a declined transaction as an error and refuses to capture it", async () => {
    const { data } = await provider.initiatePayment(sessionInput())
    await sim(`/__simulator/transactions/${(data as PaystackSessionData).reference}/decline`)
    expect((await provider.authorizePayment({ data })).status).toBe(PaymentSessionStatus.ERROR)
    await expect(provider.capturePayment({ data })).rejects.toMatchObject({ type: MedusaError.Types.NOT_ALLOWED })
  })

  it("refunds part and then the rest in kobo, and Paystack's refusal of more is thrown", async () => {
    const { data } = await provider.initiatePayment(sessionInput())
    await sim(`/__simulator/transactions/${(data as PaystackSessionData).reference}/pay`)
    const first = await provider.refundPayment({ data, amount: 1500 })
    expect((first.data as PaystackSessionData).refunds).toEqual([{ id: expect.any(Number), amount: 150000 }])
    const second = await provider.refundPayment({ data: first.data, amount: 5000 })
    expect((second.data as PaystackSessionData).refunds!.map((r) => r.amount)).toEqual([150000, 500000])
    await expect(provider.refundPayment({ data: second.data, amount: 1 })).rejects.toBeInstanceOf(MedusaError)
  })

  it("sends a refund once even when the connection drops, and says a retry is safe", async () => {
    const hits: string[] = []
    // Paystack's refund list answers; everything else loses its connection.
    const flaky = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url!.split("?")[0]}`)
      if (req.method === "GET" && req.url!.startsWith("/refund?")) {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: true, message: "ok", data: [] }))
        return
      }
      req.socket.destroy()
    })
    await new Promise<void>((resolve) => flaky.listen(0, "127.0.0.1", resolve))
    const port = (flaky.address() as { port: number }).port
    const offline = new PaystackProviderService({}, { secret_key: SECRET, api_base_url: `http://127.0.0.1:${port}` })
    const session: PaystackSessionData = {
      session_id: "payses_1",
      reference: "payses_1-abc",
      access_code: "x",
      authorization_url: "x",
      amount: 650000,
      currency: "NGN",
      email: "reader@example.com",
      paystack_transaction_id: 1000001,
    }
    await expect(offline.refundPayment({ data: session, amount: 6500 })).rejects.toMatchObject({
      type: MedusaError.Types.UNEXPECTED_STATE,
      message: expect.stringContaining("trying the refund again is safe"),
    })
    expect(hits.filter((h) => h === "POST /refund")).toHaveLength(1)
    // Reads are safe to repeat.
    hits.length = 0
    await expect(offline.retrievePayment({ data: session })).rejects.toBeInstanceOf(MedusaError)
    expect(hits).toHaveLength(3)
    flaky.close()
  })

  it("takes a refund that reached Paystack but was never recorded instead of sending it again", async () => {
    const { data } = await provider.initiatePayment(sessionInput())
    const reference = (data as PaystackSessionData).reference
    await sim(`/__simulator/transactions/${reference}/pay`)
    // An earlier attempt whose answer was lost: Paystack has it, Medusa does not.
    const lost = await (
      await fetch(`${simulator.url}/refund`, {
        method: "POST",
        headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
        body: JSON.stringify({ transaction: reference, amount: 150000 }),
      })
    ).json()
    const retried = await provider.refundPayment({ data, amount: 1500 })
    expect((retried.data as PaystackSessionData).refunds).toEqual([{ id: lost.data.id, amount: 150000 }])
    // Recorded now, so a second refund of the same amount is a new one.
    const second = await provider.refundPayment({ data: retried.data, amount: 1500 })
    expect((second.data as PaystackSessionData).refunds!.map((r) => r.amount)).toEqual([150000, 150000])
    const state = await (await fetch(`${simulator.url}/__simulator/state`)).json()
    expect(state.refunds.filter((r: any) => r.transaction.reference === reference).map((r: any) => r.amount)).toEqual([150000, 150000])
  })

  it("gives up on a hanging Paystack after timeout_ms and tells the shopper to try again", async () => {
    const hanging = http.createServer(() => {})
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve))
    const port = (hanging.address() as { port: number }).port
    const slow = new PaystackProviderService({}, { secret_key: SECRET, api_base_url: `http://127.0.0.1:${port}`, timeout_ms: 300 })
    const started = Date.now()
    await expect(slow.initiatePayment(sessionInput())).rejects.toMatchObject({ type: MedusaError.Types.UNEXPECTED_STATE, message: PAYMENT_NOT_STARTED })
    expect(Date.now() - started).toBeLessThan(2_000)
    hanging.closeAllConnections()
    hanging.close()
  })

  describe("webhooks", () => {
    const event = (body: unknown, secret = SECRET) => {
      const rawData = JSON.stringify(body)
      const signature = createHmac("sha512", secret).update(rawData).digest("hex")
      return { data: body as Record<string, unknown>, rawData, headers: { "x-paystack-signature": signature } }
    }
    const charge = { event: "charge.success", data: { reference: "payses_01KNOWN-1", amount: 650000, currency: "NGN", metadata: { session_id: "payses_01KNOWN" } } }
    const knowing = (ids: string[]) =>
      new PaystackProviderService(
        { paymentSessionService: { list: async ({ id }: { id: string[] }) => id.filter((i) => ids.includes(i)).map((i) => ({ id: i })) } },
        { secret_key: SECRET, api_base_url: "http://127.0.0.1:9" }
      )

    it("turns a signed charge.success for a known session into an authorized payment in naira", async () => {
      const result = await knowing(["payses_01KNOWN"]).getWebhookActionAndData(event(charge))
      expect(result).toEqual({ action: PaymentActions.AUTHORIZED, data: { session_id: "payses_01KNOWN", amount: 6500 } })
    })

    it("reads a session id from metadata sent as a JSON string", async () => {
      const body = { ...charge, data: { ...charge.data, metadata: JSON.stringify({ session_id: "payses_01KNOWN" }) } }
      expect((await knowing(["payses_01KNOWN"]).getWebhookActionAndData(event(body))).action).toBe(PaymentActions.AUTHORIZED)
    })

    it("ignores a bad signature, other events and sessions it does not know", async () => {
      const provider = knowing(["payses_01KNOWN"])
      expect((await provider.getWebhookActionAndData(event(charge, "sk_test_someone_else"))).action).toBe(PaymentActions.NOT_SUPPORTED)
      const unsigned = { ...event(charge), headers: {} }
      expect((await provider.getWebhookActionAndData(unsigned)).action).toBe(PaymentActions.NOT_SUPPORTED)
      expect((await provider.getWebhookActionAndData(event({ ...charge, event: "transfer.success" }))).action).toBe(PaymentActions.NOT_SUPPORTED)
      expect((await knowing([]).getWebhookActionAndData(event(charge))).action).toBe(PaymentActions.NOT_SUPPORTED)
    })

    it("refunds in full, once, a paid charge for a session the shop no longer has (replaced while its page stayed open)", async () => {
      const { data } = await provider.initiatePayment(sessionInput({ data: { session_id: "payses_01GONE" } }))
      const { reference } = data as PaystackSessionData
      await sim(`/__simulator/transactions/${reference}/pay`)
      const paid = await verify(reference)
      const forgotten = new PaystackProviderService(
        { paymentSessionService: { list: async () => [] } },
        { secret_key: SECRET, api_base_url: simulator.url }
      )
      const webhook = event({ event: "charge.success", data: { reference, amount: 650000, currency: "NGN", metadata: { session_id: "payses_01GONE" } } })
      const refundsOf = async () =>
        (await (await fetch(`${simulator.url}/refund?transaction=${paid.id}`, { headers: { authorization: `Bearer ${SECRET}` } })).json()).data
      // Paystack repeats its webhooks, sometimes at once: one refund of the whole charge.
      const actions = await Promise.all([forgotten.getWebhookActionAndData(webhook), forgotten.getWebhookActionAndData(webhook)])
      expect(actions.map((a) => a.action)).toEqual([PaymentActions.NOT_SUPPORTED, PaymentActions.NOT_SUPPORTED])
      expect((await forgotten.getWebhookActionAndData(webhook)).action).toBe(PaymentActions.NOT_SUPPORTED)
      expect((await refundsOf()).map((r: { amount: number }) => r.amount)).toEqual([650000])
      expect((await verify(reference)).status).toBe("reversed")

      // A reference not of the shop's own form for that session is not touched.
      const other = await provider.initiatePayment(sessionInput({ data: { session_id: "payses_01OTHER" } }))
      const otherRef = (other.data as PaystackSessionData).reference
      await sim(`/__simulator/transactions/${otherRef}/pay`)
      const foreign = event({ event: "charge.success", data: { reference: otherRef, amount: 650000, currency: "NGN", metadata: { session_id: "payses_01GONE" } } })
      expect((await forgotten.getWebhookActionAndData(foreign)).action).toBe(PaymentActions.NOT_SUPPORTED)
      expect((await verify(otherRef)).status).toBe("success")
    })
  })
})

import assert from "node:assert/strict"
import http from "node:http"
import { after, before, beforeEach, describe, test } from "node:test"
import { createFlutterwaveSimulator, toMinor } from "./simulator.mjs"

const SECRET = "FLWSECK_TEST-spec-X"
const HASH = "spec-secret-hash"

/** A stand-in for commerce's webhook route that records what arrives. */
function webhookReceiver() {
  const received = []
  const server = http.createServer(async (req, res) => {
    const chunks = []
    for await (const c of req) chunks.push(c)
    received.push({ body: JSON.parse(Buffer.concat(chunks).toString("utf8")), hash: req.headers["verif-hash"], at: Date.now() })
    res.writeHead(200).end()
  })
  return { server, received }
}

describe("Flutterwave simulator", () => {
  const hook = webhookReceiver()
  let sim, base
  const api = (path, { method = "GET", body, key = SECRET, signal } = {}) =>
    fetch(`${base}/v3${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: body && JSON.stringify(body),
      signal,
    })
  const control = (path, body = {}) =>
    fetch(`${base}/__simulator/${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } })
  const state = async () => (await fetch(`${base}/__simulator/state`)).json()
  const createPayment = async (body = {}) => {
    const res = await api("/payments", {
      method: "POST",
      body: { tx_ref: "ref-1", amount: 6500, currency: "NGN", redirect_url: "http://shop.test/cb", customer: { email: "reader@example.com" }, meta: { session_id: "payses_1" }, ...body },
    })
    return { res, json: await res.json() }
  }
  /** The shopper's button on the hosted page: answers the redirect. */
  const press = (link, choice = "pay") => fetch(`${link}/${choice}`, { method: "POST", redirect: "manual" })
  const verify = async (txRef) => api(`/transactions/verify_by_reference?tx_ref=${encodeURIComponent(txRef)}`)
  const paid = async (tx_ref, body = {}) => press((await createPayment({ tx_ref, ...body })).json.data.link)

  before(async () => {
    await new Promise((r) => hook.server.listen(0, "127.0.0.1", r))
    const webhookUrl = `http://127.0.0.1:${hook.server.address().port}/hooks/payment/flutterwave_flutterwave`
    sim = createFlutterwaveSimulator({ secretKey: SECRET, secretHash: HASH, webhookUrl })
    base = `http://localhost:${await sim.listen(0)}`
  })
  after(async () => {
    await sim.close()
    await new Promise((r) => hook.server.close(r))
  })
  beforeEach(async () => {
    hook.received.length = 0
    await control("reset")
  })

  test("refuses a wrong secret key with a 401 in Flutterwave's error shape", async () => {
    const res = await api("/payments", { method: "POST", key: "FLWSECK_TEST-wrong", body: {} })
    assert.equal(res.status, 401)
    assert.deepEqual(await res.json(), { status: "error", message: "Invalid authorization key", data: null })
  })

  test("POST /v3/payments answers the hosted link; verifying before the shopper pays finds no transaction", async () => {
    const { res, json } = await createPayment()
    assert.equal(res.status, 200)
    assert.equal(json.status, "success")
    assert.equal(json.message, "Hosted Link")
    assert.match(json.data.link, new RegExp(`^${base}/pay/[0-9a-f]{20}$`))
    const page = await (await fetch(json.data.link)).text()
    assert.match(page, /data-testid="flutterwave-pay"/)
    assert.match(page, /₦6,500\.00/, "the page shows major units as they are")
    const before = await verify("ref-1")
    assert.equal(before.status, 400)
    assert.deepEqual(await before.json(), { status: "error", message: "No transaction was found for this id", data: null })
  })

  test("create payment refuses more decimals than the currency has, unknown currencies, no email and a reused tx_ref", async () => {
    assert.equal((await createPayment({ amount: 10.005 })).res.status, 400)
    assert.equal((await createPayment({ amount: 0 })).res.status, 400)
    assert.equal((await createPayment({ amount: 100.5, currency: "UGX" })).res.status, 400)
    assert.equal((await createPayment({ currency: "JPY" })).json.message, "Invalid currency provided")
    assert.equal((await createPayment({ customer: {} })).res.status, 400)
    assert.equal((await createPayment({ tx_ref: "dup" })).res.status, 200)
    assert.equal((await createPayment({ tx_ref: "dup" })).res.status, 400)
    assert.equal(toMinor("18.50", "USD"), 1850)
    assert.equal(toMinor(6500.35, "NGN"), 650035)
  })

  test("Pay makes a successful transaction in major units, sends charge.completed with verif-hash, then redirects with status, tx_ref and transaction_id", async () => {
    const res = await paid("p1", { amount: "18.50", currency: "USD" })
    assert.equal(res.status, 303)
    const location = new URL(res.headers.get("location"))
    const verified = (await (await verify("p1")).json()).data
    assert.deepEqual(Object.fromEntries(location.searchParams), { status: "successful", tx_ref: "p1", transaction_id: String(verified.id) })
    assert.equal(`${location.origin}${location.pathname}`, "http://shop.test/cb")
    assert.equal(verified.status, "successful")
    assert.equal(verified.amount, 18.5)
    assert.equal(verified.currency, "USD")
    assert.deepEqual(verified.meta, { session_id: "payses_1" })
    assert.equal(hook.received.length, 1, "delivered before the redirect")
    const [delivery] = hook.received
    assert.equal(delivery.hash, HASH)
    assert.equal(delivery.body.event, "charge.completed")
    assert.equal(delivery.body["event.type"], "CARD_TRANSACTION")
    assert.deepEqual([delivery.body.data.id, delivery.body.data.tx_ref, delivery.body.data.amount, delivery.body.data.status], [verified.id, "p1", 18.5, "successful"])
    const byId = await (await api(`/transactions/${verified.id}/verify`)).json()
    assert.equal(byId.data.tx_ref, "p1")
  })

  test("Decline fails the transaction (its webhook says failed); Cancel makes none and redirects without a transaction_id", async () => {
    const declined = await press((await createPayment({ tx_ref: "d1" })).json.data.link, "decline")
    assert.equal(new URL(declined.headers.get("location")).searchParams.get("status"), "failed")
    assert.equal((await (await verify("d1")).json()).data.status, "failed")
    assert.equal(hook.received[0].body.data.status, "failed")

    hook.received.length = 0
    const { json } = await createPayment({ tx_ref: "c2" })
    const res = await press(json.data.link, "cancel")
    assert.deepEqual(Object.fromEntries(new URL(res.headers.get("location")).searchParams), { status: "cancelled", tx_ref: "c2" })
    assert.equal((await verify("c2")).status, 400)
    assert.equal(hook.received.filter((w) => w.body.data.tx_ref === "c2").length, 0)
    assert.match(await (await fetch(json.data.link)).text(), /cancelled/, "the link is closed")
  })

  test("tests can make the webhook arrive twice, late (after the redirect), or never", async () => {
    await control("behaviour", { duplicate: true })
    await paid("t2")
    assert.equal(hook.received.length, 2)

    hook.received.length = 0
    await control("behaviour", { webhook: "after-redirect", delayMs: 150 })
    const redirectedAt = Date.now()
    await paid("late")
    assert.equal(hook.received.length, 0, "redirected before the webhook")
    await new Promise((r) => setTimeout(r, 400))
    assert.equal(hook.received.length, 1)
    assert.ok(hook.received[0].at - redirectedAt >= 140)

    hook.received.length = 0
    await control("behaviour", { webhook: "none" })
    await paid("silent")
    assert.equal(hook.received.length, 0)
    const sent = await (await control("transactions/silent/webhook", { hash: "forged" })).json()
    assert.equal(sent.delivery.status, 200)
    assert.equal(hook.received[0].hash, "forged", "a test can send a forged hash")
    assert.equal((await control("behaviour", { webhook: "sometimes" })).status, 400)
  })

  test("refunds take partial amounts in major units, by transaction id, never more than is left", async () => {
    await paid("r1", { amount: 6500 })
    const { id } = (await (await verify("r1")).json()).data
    const part = await api(`/transactions/${id}/refund`, { method: "POST", body: { amount: 1500.5, comments: "one copy" } })
    assert.equal(part.status, 200)
    const partJson = await part.json()
    assert.equal(partJson.message, "Transaction refund initiated")
    assert.deepEqual([partJson.data.tx_id, partJson.data.amount_refunded, partJson.data.status], [id, 1500.5, "completed"])
    assert.equal((await api(`/transactions/${id}/refund`, { method: "POST", body: { amount: 5000 } })).status, 400, "only 4999.50 is left")
    const rest = await (await api(`/transactions/${id}/refund`, { method: "POST", body: {} })).json()
    assert.equal(rest.data.amount_refunded, 4999.5)
    assert.equal((await api(`/transactions/${id}/refund`, { method: "POST", body: { amount: 1 } })).status, 400)
    assert.equal((await api("/transactions/999/refund", { method: "POST", body: {} })).status, 404)
    const declined = await createPayment({ tx_ref: "r3" })
    await press(declined.json.data.link, "decline")
    const failedId = (await (await verify("r3")).json()).data.id
    assert.equal((await api(`/transactions/${failedId}/refund`, { method: "POST", body: {} })).status, 400, "a failed charge cannot be refunded")
    const listed = await (await api("/refunds")).json()
    assert.deepEqual(listed.data.map((r) => r.amount_refunded), [4999.5, 1500.5])
    assert.ok(listed.data.every((r) => r.tx_id === id))
  })

  test("GET /v3/transactions pages newest first (10 a page) with page_info, by period, status and tx_ref", async () => {
    for (let i = 1; i <= 12; i++) {
      await control("transactions", { tx_ref: `l${i}`, amount: 100, created_at: `2026-03-${String(i).padStart(2, "0")}T10:00:00.000Z` })
    }
    await control("transactions", { tx_ref: "lf", amount: 100, status: "failed", created_at: "2026-03-05T12:00:00.000Z" })
    const first = await (await api("/transactions")).json()
    assert.equal(first.status, "success")
    assert.equal(first.data.length, 10)
    assert.equal(first.data[0].tx_ref, "l12")
    assert.deepEqual(first.meta.page_info, { total: 13, current_page: 1, total_pages: 2 })
    const second = await (await api("/transactions?page=2")).json()
    assert.deepEqual(second.data.map((t) => t.tx_ref), ["l3", "l2", "l1"])
    const day = await (await api("/transactions?from=2026-03-05&to=2026-03-05")).json()
    assert.deepEqual(day.data.map((t) => t.tx_ref), ["lf", "l5"])
    assert.deepEqual((await (await api("/transactions?from=2026-03-05&to=2026-03-05&status=successful")).json()).data.map((t) => t.tx_ref), ["l5"])
    assert.deepEqual((await (await api("/transactions?tx_ref=l7")).json()).data.map((t) => t.tx_ref), ["l7"])
    assert.equal((await api("/transactions?from=yesterday")).status, 400)
    assert.equal((await api("/transactions?page=0")).status, 400)
  })

  test("tests alter stored transactions (plants mismatches)", async () => {
    await paid("a1")
    const altered = await (await control("transactions/a1/alter", { amount: 6000, currency: "USD" })).json()
    assert.deepEqual([altered.data.amount, altered.data.currency], [6000, "USD"])
    assert.equal((await (await verify("a1")).json()).data.amount, 6000)
    assert.equal((await control("transactions/a1/alter", { status: "weird" })).status, 400)
  })

  describe("outages of its API", () => {
    const steer = (faults) => control("behaviour", { faults })

    test('"error" answers 500 and does nothing', async () => {
      await paid("e1")
      const { id } = (await (await verify("e1")).json()).data
      await steer({ payments: "error", verify: "error", refund: "error" })
      const created = await createPayment({ tx_ref: "e2" })
      assert.equal(created.res.status, 500)
      assert.equal(created.json.status, "error")
      assert.equal((await verify("e1")).status, 500)
      assert.equal((await api(`/transactions/${id}/refund`, { method: "POST", body: {} })).status, 500)
      const { links, refunds } = await state()
      assert.deepEqual(links.map((l) => l.tx_ref), ["e1"])
      assert.deepEqual(refunds, [])
    })

    test('"timeout" acts but never answers', async () => {
      await paid("h1")
      const { id } = (await (await verify("h1")).json()).data
      await steer({ payments: "timeout", refund: "timeout" })
      const hangs = (promise) => assert.rejects(promise, (error) => error.name === "TimeoutError")
      await hangs(api(`/transactions/${id}/refund`, { method: "POST", body: { amount: 1000 }, signal: AbortSignal.timeout(300) }))
      await hangs(
        api("/payments", { method: "POST", body: { tx_ref: "h2", amount: 10, currency: "NGN", customer: { email: "a@b.c" } }, signal: AbortSignal.timeout(300) })
      )
      const { links, refunds } = await state()
      assert.deepEqual(links.map((l) => l.tx_ref), ["h1", "h2"], "the payment link was made")
      assert.deepEqual(refunds.map((r) => r.amount_refunded), [1000], "the refund was made")
      assert.equal((await verify("h1")).status, 200, "other operations still answer")
    })

    test('"unreachable" drops the connection before anything happens; a fault can last a number of calls', async () => {
      await paid("u1")
      await steer({ verify: "unreachable" })
      await assert.rejects(verify("u1"), TypeError)
      await steer({ verify: { mode: "error", times: 2 } })
      const statuses = []
      for (let i = 0; i < 3; i++) statuses.push((await verify("u1")).status)
      assert.deepEqual(statuses, [500, 500, 200])
    })

    test("an unknown fault is refused", async () => {
      assert.equal((await steer({ verify: "slow" })).status, 400)
      assert.equal((await steer({ capture: "error" })).status, 400)
      assert.equal((await steer({ verify: { mode: "error", times: 0 } })).status, 400)
    })
  })
})

import assert from "node:assert/strict"
import http from "node:http"
import { after, before, beforeEach, describe, test } from "node:test"
import { createPaystackSimulator, signPaystackBody } from "./simulator.mjs"
import { PAYSTACK_WEBHOOK_RETRY, retryDelay } from "./webhook-retries.mjs"

const SECRET = "sk_test_spec"

/** A stand-in for commerce's webhook route that records what arrives; `answers` are the next statuses it gives (then 200). */
function webhookReceiver() {
  const received = []
  const answers = []
  const server = http.createServer(async (req, res) => {
    const chunks = []
    for await (const c of req) chunks.push(c)
    const raw = Buffer.concat(chunks).toString("utf8")
    received.push({ raw, signature: req.headers["x-paystack-signature"], at: Date.now() })
    res.writeHead(answers.shift() ?? 200).end()
  })
  return { server, received, answers }
}

describe("Paystack simulator", () => {
  const hook = webhookReceiver()
  let sim, base
  const api = (path, { method = "GET", body, key = SECRET, signal } = {}) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: body && JSON.stringify(body),
      redirect: "manual",
      signal,
    })
  const initialize = async (body = {}) => {
    const res = await api("/transaction/initialize", {
      method: "POST",
      body: { email: "reader@example.com", amount: "650000", currency: "NGN", callback_url: "http://shop.test/cb", metadata: JSON.stringify({ session_id: "payses_1" }), ...body },
    })
    return { res, json: await res.json() }
  }
  const pay = (authorizationUrl, choice = "pay") => fetch(`${authorizationUrl}/${choice}`, { method: "POST", redirect: "manual" })

  before(async () => {
    await new Promise((r) => hook.server.listen(0, "127.0.0.1", r))
    const webhookUrl = `http://127.0.0.1:${hook.server.address().port}/hooks/payment/paystack_paystack`
    sim = createPaystackSimulator({ secretKey: SECRET, webhookUrl })
    base = `http://localhost:${await sim.listen(0)}`
  })
  after(async () => {
    await sim.close()
    await new Promise((r) => hook.server.close(r))
  })
  beforeEach(async () => {
    hook.received.length = 0
    hook.answers.length = 0
    await fetch(`${base}/__simulator/reset`, { method: "POST" })
  })

  test("refuses a wrong secret key with Paystack's 401", async () => {
    const res = await api("/transaction/initialize", { method: "POST", key: "sk_test_wrong", body: {} })
    assert.equal(res.status, 401)
    assert.deepEqual(await res.json(), { status: false, message: "Invalid key" })
  })

  test("initialize answers Paystack's shape and keeps our reference", async () => {
    const { res, json } = await initialize({ reference: "ord_ref-1" })
    assert.equal(res.status, 200)
    assert.equal(json.status, true)
    assert.equal(json.data.reference, "ord_ref-1")
    assert.match(json.data.access_code, /^[0-9a-f]{16}$/)
    assert.equal(json.data.authorization_url, `${base}/checkout/${json.data.access_code}`)
  })

  test("initialize refuses bad amounts, currencies, emails and a reused reference", async () => {
    assert.equal((await initialize({ amount: "65.5" })).json.message, "Invalid amount")
    assert.equal((await initialize({ amount: 0 })).res.status, 400)
    assert.equal((await initialize({ currency: "EUR" })).json.message, "Currency not supported by merchant")
    assert.equal((await initialize({ email: "nobody" })).res.status, 400)
    await initialize({ reference: "dup" })
    const again = await initialize({ reference: "dup" })
    assert.equal(again.res.status, 400)
    assert.equal(again.json.message, "Duplicate Transaction Reference")
  })

  test("verify reports abandoned until paid, then success with the amount in kobo and the metadata", async () => {
    const { json } = await initialize({ reference: "v1" })
    const before = await (await api("/transaction/verify/v1")).json()
    assert.equal(before.data.status, "abandoned")
    const res = await pay(json.data.authorization_url)
    assert.equal(res.status, 303)
    assert.equal(res.headers.get("location"), "http://shop.test/cb?trxref=v1&reference=v1")
    const verified = await (await api("/transaction/verify/v1")).json()
    assert.equal(verified.data.status, "success")
    assert.equal(verified.data.amount, 650000)
    assert.equal(verified.data.currency, "NGN")
    assert.deepEqual(verified.data.metadata, { session_id: "payses_1" })
    assert.equal((await api("/transaction/verify/nope")).status, 400)
  })

  test("Pay sends a charge.success webhook signed with HMAC-SHA512 of the raw body, before redirecting", async () => {
    const { json } = await initialize({ reference: "w1" })
    await pay(json.data.authorization_url)
    assert.equal(hook.received.length, 1)
    const [delivery] = hook.received
    assert.equal(delivery.signature, signPaystackBody(delivery.raw, SECRET))
    const event = JSON.parse(delivery.raw)
    assert.equal(event.event, "charge.success")
    assert.equal(event.data.reference, "w1")
    assert.equal(event.data.amount, 650000)
  })

  test("Decline fails the transaction, sends no webhook and still returns the shopper", async () => {
    const { json } = await initialize({ reference: "d1" })
    const res = await pay(json.data.authorization_url, "decline")
    assert.equal(res.headers.get("location"), "http://shop.test/cb?trxref=d1&reference=d1")
    assert.equal(hook.received.length, 0)
    assert.equal((await (await api("/transaction/verify/d1")).json()).data.status, "failed")
  })

  test("tests can make the webhook arrive twice, late, or never", async () => {
    await fetch(`${base}/__simulator/behaviour`, { method: "POST", body: JSON.stringify({ duplicate: true }), headers: { "content-type": "application/json" } })
    await pay((await initialize({ reference: "t2" })).json.data.authorization_url)
    assert.equal(hook.received.length, 2)

    hook.received.length = 0
    await fetch(`${base}/__simulator/behaviour`, { method: "POST", body: JSON.stringify({ webhook: "after-redirect", delayMs: 150 }), headers: { "content-type": "application/json" } })
    const redirectedAt = Date.now()
    await pay((await initialize({ reference: "late" })).json.data.authorization_url)
    assert.equal(hook.received.length, 0, "redirected before the webhook")
    await new Promise((r) => setTimeout(r, 400))
    assert.equal(hook.received.length, 1)
    assert.ok(hook.received[0].at - redirectedAt >= 140)

    hook.received.length = 0
    await fetch(`${base}/__simulator/behaviour`, { method: "POST", body: JSON.stringify({ webhook: "none" }), headers: { "content-type": "application/json" } })
    await pay((await initialize({ reference: "silent" })).json.data.authorization_url)
    assert.equal(hook.received.length, 0)
  })

  test("a webhook that is not taken (no 2xx) is sent again on Paystack's schedule, the same signed body, until it is", async () => {
    const behaviour = (body) => fetch(`${base}/__simulator/behaviour`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } })
    const state = async () => (await fetch(`${base}/__simulator/state`)).json()
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
    assert.equal((await behaviour({ webhookRetry: { firstMs: -1 } })).status, 400)
    await behaviour({ webhookRetry: { firstMs: 40, firstRetries: 2, laterMs: 80, laterRetries: 1 } })

    hook.answers.push(500, 503)
    await pay((await initialize({ reference: "retried" })).json.data.authorization_url)
    assert.equal(hook.received.length, 1, "the first attempt is made before the redirect")
    await sleep(500)
    assert.equal(hook.received.length, 3, "sent again after each failure, not after the 2xx")
    assert.ok(hook.received[1].at - hook.received[0].at >= 35)
    assert.deepEqual(new Set(hook.received.map((r) => r.raw)).size, 1)
    for (const r of hook.received) assert.equal(r.signature, signPaystackBody(r.raw, SECRET))
    const attempts = (await state()).webhooks.map(({ attempt, status, next_attempt_at }) => ({ attempt, status, retried: next_attempt_at !== null }))
    assert.deepEqual(attempts, [
      { attempt: 1, status: 500, retried: true },
      { attempt: 2, status: 503, retried: true },
      { attempt: 3, status: 200, retried: false },
    ])

    // Nothing listening: tried once and three times again, then given up.
    hook.received.length = 0
    await behaviour({ webhookRetry: { firstMs: 40, firstRetries: 2, laterMs: 80, laterRetries: 1 }, webhookUrl: "http://127.0.0.1:9/hooks" })
    await pay((await initialize({ reference: "unreachable" })).json.data.authorization_url)
    await sleep(600)
    const tries = (await state()).webhooks.filter((w) => w.reference === "unreachable")
    assert.deepEqual(tries.map((w) => w.attempt), [1, 2, 3, 4])
    assert.ok(tries.every((w) => w.status === null && w.error))

    // Turned off: one attempt only.
    await behaviour({ webhookRetry: false })
    hook.answers.push(500)
    await pay((await initialize({ reference: "once" })).json.data.authorization_url)
    await sleep(150)
    assert.equal(hook.received.length, 1)
  })

  test("Paystack's own schedule: every 3 minutes for 4 retries, then hourly for 72 hours", () => {
    assert.deepEqual([1, 4, 5, 76, 77].map((n) => retryDelay(PAYSTACK_WEBHOOK_RETRY, n)), [180_000, 180_000, 3_600_000, 3_600_000, null])
  })

  test("raises a chargeback as Paystack reports it: charge.dispute.create signed, then resolve naming the same dispute; twice on request", async () => {
    const control = (body) => fetch(`${base}/__simulator/dispute`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } })
    const { json } = await initialize({ reference: "cb1" })
    assert.equal((await control({ reference: "cb1" })).status, 400) // not paid yet
    await pay(json.data.authorization_url)
    hook.received.length = 0
    const created = await (await control({ reference: "cb1", refund_amount: 400000, note: "Customer says not received", duplicate: true })).json()
    assert.equal(hook.received.length, 2)
    for (const delivery of hook.received) assert.equal(delivery.signature, signPaystackBody(delivery.raw, SECRET))
    const event = JSON.parse(hook.received[0].raw)
    assert.equal(event.event, "charge.dispute.create")
    assert.equal(event.data.id, created.dispute.id)
    assert.equal(event.data.transaction.reference, "cb1")
    assert.equal(event.data.refund_amount, 400000)
    assert.equal(event.data.status, "awaiting-merchant-feedback")
    assert.equal(event.data.category, "chargeback")
    assert.equal(hook.received[1].raw, hook.received[0].raw)

    hook.received.length = 0
    await control({ reference: "cb1", id: created.dispute.id, event: "charge.dispute.resolve", resolution: "declined" })
    const resolved = JSON.parse(hook.received[0].raw)
    assert.deepEqual([resolved.event, resolved.data.id, resolved.data.status, resolved.data.resolution], ["charge.dispute.resolve", created.dispute.id, "resolved", "declined"])
    assert.equal((await control({ reference: "cb1", refund_amount: 999999999 })).status, 400)
    assert.equal((await control({ reference: "nope" })).status, 404)
    const state = await (await fetch(`${base}/__simulator/state`)).json()
    assert.equal(state.disputes.length, 1)
  })

  test("refunds take partial amounts in kobo and never more than was paid", async () => {
    await pay((await initialize({ reference: "r1" })).json.data.authorization_url)
    const part = await api("/refund", { method: "POST", body: { transaction: "r1", amount: 150000 } })
    assert.equal(part.status, 200)
    const partJson = await part.json()
    assert.equal(partJson.data.amount, 150000)
    assert.equal(partJson.data.status, "pending")
    const status = async () => (await (await api("/transaction/verify/r1")).json()).data.status
    assert.equal(await status(), "success", "a partly refunded transaction is still paid")
    const tooMuch = await api("/refund", { method: "POST", body: { transaction: "r1", amount: 500001 } })
    assert.equal(tooMuch.status, 400)
    const rest = await (await api("/refund", { method: "POST", body: { transaction: "r1" } })).json()
    assert.equal(rest.data.amount, 500000)
    assert.equal(await status(), "reversed", "refunded in full, the transaction is reversed")
    const again = await api("/refund", { method: "POST", body: { transaction: "r1", amount: 1 } })
    assert.equal(again.status, 400)
    assert.match((await again.json()).message, /fully reversed/)
  })

  test("an unpaid transaction cannot be refunded", async () => {
    await initialize({ reference: "unpaid" })
    const res = await api("/refund", { method: "POST", body: { transaction: "unpaid" } })
    assert.equal(res.status, 400)
  })
  test("lists a transaction's refunds, by id or reference, newest first, naming the transaction by id", async () => {
    await pay((await initialize({ reference: "l1" })).json.data.authorization_url)
    await pay((await initialize({ reference: "l2" })).json.data.authorization_url)
    const first = (await (await api("/refund", { method: "POST", body: { transaction: "l1", amount: 1000 } })).json()).data
    await api("/refund", { method: "POST", body: { transaction: "l2", amount: 500 } })
    const second = (await (await api("/refund", { method: "POST", body: { transaction: "l1", amount: 2000 } })).json()).data
    const byReference = await (await api("/refund?transaction=l1")).json()
    assert.deepEqual(byReference.data.map((r) => [r.id, r.amount, r.transaction]), [
      [second.id, 2000, first.transaction.id],
      [first.id, 1000, first.transaction.id],
    ])
    const byId = await (await api(`/refund?transaction=${first.transaction.id}`)).json()
    assert.deepEqual(byId.data.map((r) => r.id), [second.id, first.id])
    assert.deepEqual((await (await api("/refund?transaction=nope")).json()).data, [])
  })

  describe("subaccounts, for marketplace vendors", () => {
    const create = async (body = {}) => {
      const res = await api("/subaccount", {
        method: "POST",
        body: { business_name: "Small Press", settlement_bank: "058", account_number: "0123456789", percentage_charge: 15, primary_contact_email: "press@example.com", ...body },
      })
      return { res, json: await res.json() }
    }

    test("creates one with Paystack's shape, names the bank, and fetches it by code or id", async () => {
      const { res, json } = await create()
      assert.equal(res.status, 200)
      assert.equal(json.status, true)
      assert.equal(json.message, "Subaccount created")
      assert.match(json.data.subaccount_code, /^ACCT_[0-9a-f]{14}$/)
      assert.equal(json.data.settlement_bank, "Guaranty Trust Bank")
      assert.equal(json.data.account_number, "0123456789")
      assert.equal(json.data.percentage_charge, 15)
      assert.equal(json.data.primary_contact_email, "press@example.com")
      const fetched = await (await api(`/subaccount/${json.data.subaccount_code}`)).json()
      assert.deepEqual(fetched, { status: true, message: "Subaccount retrieved", data: json.data })
      assert.equal((await (await api(`/subaccount/${json.data.id}`)).json()).data.subaccount_code, json.data.subaccount_code)
      const state = await (await fetch(`${base}/__simulator/state`)).json()
      assert.deepEqual(state.subaccounts.map((s) => s.subaccount_code), [json.data.subaccount_code])
    })

    test("updates only the fields sent (PUT, by code or id): deactivates, changes the charge, checks a new bank as on creation", async () => {
      const { json } = await create()
      const code = json.data.subaccount_code
      const put = async (idOrCode, body) => {
        const res = await api(`/subaccount/${idOrCode}`, { method: "PUT", body })
        return { res, json: await res.json() }
      }
      const off = await put(code, { active: false })
      assert.equal(off.res.status, 200)
      assert.equal(off.json.message, "Subaccount updated")
      assert.equal(off.json.data.active, false)
      assert.equal(off.json.data.percentage_charge, 15)
      const back = await put(json.data.id, { active: true, percentage_charge: 12.5 })
      assert.deepEqual([back.json.data.active, back.json.data.percentage_charge, back.json.data.account_number], [true, 12.5, "0123456789"])
      assert.equal((await (await api(`/subaccount/${code}`)).json()).data.percentage_charge, 12.5)
      assert.deepEqual((await put(code, { settlement_bank: "999" })).json, { status: false, message: "Unknown bank code: 999" })
      assert.equal((await put(code, { active: "no" })).res.status, 400)
      assert.equal((await put(code, { percentage_charge: 140 })).res.status, 400)
      assert.equal((await put("ACCT_nope", { active: false })).res.status, 404)
      assert.equal((await (await api(`/subaccount/${code}`)).json()).data.settlement_bank, "Guaranty Trust Bank")
    })

    test("refuses an unknown bank code, a bad account number, a missing name or charge, as Paystack does", async () => {
      const unknown = await create({ settlement_bank: "999" })
      assert.equal(unknown.res.status, 400)
      assert.deepEqual(unknown.json, { status: false, message: "Unknown bank code: 999" })
      assert.equal((await create({ account_number: "12345" })).json.message, "Account number is invalid")
      assert.equal((await create({ business_name: " " })).json.message, "Business name is required")
      assert.equal((await create({ percentage_charge: undefined })).json.message, "Percentage charge is required")
      assert.equal((await create({ percentage_charge: 101 })).res.status, 400)
      assert.equal((await create({ settlement_bank: undefined, bank_code: "044" })).json.data.settlement_bank, "Access Bank")
      const missing = await api("/subaccount/ACCT_nope")
      assert.equal(missing.status, 404)
      assert.deepEqual(await missing.json(), { status: false, message: "Subaccount not found" })
      assert.equal((await api("/subaccount", { method: "POST", key: "sk_test_wrong", body: {} })).status, 401)
    })

    test("keeps a dynamic split and settles every share to the kobo on verify and GET /transaction/:id", async () => {
      const a = (await create()).json.data.subaccount_code
      const b = (await create({ business_name: "Guest Author" })).json.data.subaccount_code
      const split = { type: "flat", bearer_type: "account", subaccounts: [{ subaccount: a, share: 300_001 }, { subaccount: b, share: 150_000 }] }
      const { json } = await initialize({ reference: "split-1", split })
      const before = (await (await api("/transaction/verify/split-1")).json()).data.split
      assert.equal(before.shares, null)
      assert.deepEqual(before.formula.subaccounts.map((s) => [s.subaccount_code, s.share]), [[a, 300_001], [b, 150_000]])
      assert.equal(before.formula.integration, 650_000 - 450_001)
      await pay(json.data.authorization_url)
      const paid = (await (await api("/transaction/verify/split-1")).json()).data
      assert.deepEqual(paid.split.shares.subaccounts.map((s) => [s.subaccount_code, s.amount]), [[a, 300_001], [b, 150_000]])
      assert.equal(paid.split.shares.paystack, 9_750) // 1.5% of 650,000, borne by the main account
      assert.equal(paid.split.shares.integration, 650_000 - 450_001 - 9_750)
      assert.deepEqual((await (await api(`/transaction/${paid.id}`)).json()).data.split, paid.split)
      assert.deepEqual((await (await api("/transaction/verify/split-1")).json()).data.split.shares, paid.split.shares)
      // Fees borne by every party in proportion: still exact to the kobo.
      const prop = await initialize({ reference: "split-2", amount: 100_003, split: { ...split, bearer_type: "all-proportional", subaccounts: [{ subaccount: a, share: 33_334 }, { subaccount: b, share: 33_333 }] } })
      await pay(prop.json.data.authorization_url)
      const shares = (await (await api("/transaction/verify/split-2")).json()).data.split.shares
      assert.equal(shares.paystack, 1_500)
      assert.deepEqual(shares.subaccounts.map((s) => s.amount), [33_334 - 500, 33_333 - 500])
      assert.equal(shares.paystack + shares.integration + shares.subaccounts.reduce((t, s) => t + s.amount, 0), 100_003)
      const none = await initialize({ reference: "no-split" })
      await pay(none.json.data.authorization_url)
      assert.deepEqual((await (await api("/transaction/verify/no-split")).json()).data.split, {})
    })

    test("refuses a split naming an unknown subaccount, or asking more than the amount, with Paystack's 400", async () => {
      const a = (await create()).json.data.subaccount_code
      const unknown = await initialize({ split: { type: "flat", bearer_type: "account", subaccounts: [{ subaccount: "ACCT_nope", share: 100 }] } })
      assert.equal(unknown.res.status, 400)
      assert.deepEqual(unknown.json, { status: false, message: "Subaccount ACCT_nope not found" })
      const tooMuch = await initialize({ split: { type: "flat", bearer_type: "account", subaccounts: [{ subaccount: a, share: 650_001 }] } })
      assert.equal(tooMuch.res.status, 400)
      assert.equal((await initialize({ split: { type: "flat", bearer_type: "nobody", subaccounts: [{ subaccount: a, share: 1 }] } })).res.status, 400)
      const state = await (await fetch(`${base}/__simulator/state`)).json()
      assert.equal(state.transactions.length, 0)
    })

    test("lists the banks whose codes it accepts", async () => {
      const json = await (await api("/bank?country=nigeria")).json()
      assert.equal(json.status, true)
      assert.ok(json.data.some((b) => b.code === "058" && b.name === "Guaranty Trust Bank"))
    })
  })

  describe("lists, as Paystack pages them", () => {
    const control = (path, body) =>
      fetch(`${base}/__simulator/${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }).then((r) => r.json())
    const plant = (reference, body = {}) => control("transactions", { reference, amount: 100_000, currency: "NGN", ...body })
    const list = async (query) => (await api(`/transaction?${new URLSearchParams(query)}`)).json()

    test("GET /transaction pages newest first through meta: total, skipped, perPage, page, pageCount", async () => {
      for (const [i, reference] of ["p1", "p2", "p3", "p4", "p5"].entries()) {
        await plant(reference, { created_at: `2026-03-0${i + 1}T10:00:00.000Z` })
      }
      const first = await list({ perPage: "2" })
      assert.equal(first.status, true)
      assert.equal(first.message, "Transactions retrieved")
      assert.deepEqual(first.data.map((t) => t.reference), ["p5", "p4"])
      assert.deepEqual(first.meta, { total_volume: 500_000, total: 5, skipped: 0, perPage: 2, page: 1, pageCount: 3 })
      const last = await list({ perPage: "2", page: "3" })
      assert.deepEqual(last.data.map((t) => t.reference), ["p1"])
      assert.deepEqual(last.meta, { total_volume: 500_000, total: 5, skipped: 4, perPage: 2, page: 3, pageCount: 3 })
      assert.equal(last.data[0].status, "success")
      assert.equal(last.data[0].amount, 100_000)
      assert.equal((await list({ perPage: "2", page: "4" })).data.length, 0)
      assert.equal((await list({})).meta.perPage, 50, "50 a page by default")
    })

    test("GET /transaction filters by period (ends included, a date as a whole day), status and currency", async () => {
      await plant("before", { created_at: "2026-03-01T23:59:59.999Z" })
      await plant("first", { created_at: "2026-03-02T00:00:00.000Z" })
      await plant("failed", { created_at: "2026-03-02T12:00:00.000Z", status: "failed" })
      await plant("usd", { created_at: "2026-03-02T13:00:00.000Z", currency: "USD" })
      await plant("after", { created_at: "2026-03-03T00:00:00.000Z" })
      const refs = async (query) => (await list(query)).data.map((t) => t.reference)
      assert.deepEqual(await refs({ from: "2026-03-02T00:00:00.000Z", to: "2026-03-02T23:59:59.999Z" }), ["usd", "failed", "first"])
      assert.deepEqual(await refs({ from: "2026-03-02", to: "2026-03-02" }), ["usd", "failed", "first"])
      assert.deepEqual(await refs({ from: "2026-03-02", to: "2026-03-02", status: "success" }), ["usd", "first"])
      assert.deepEqual(await refs({ from: "2026-03-02", to: "2026-03-02", currency: "usd" }), ["usd"])
    })

    test("GET /transaction refuses bad paging and dates, and a wrong key", async () => {
      for (const query of [{ perPage: "0" }, { perPage: "x" }, { page: "-1" }, { from: "yesterday" }, { to: "2026-13-45" }]) {
        const res = await api(`/transaction?${new URLSearchParams(query)}`)
        assert.equal(res.status, 400, JSON.stringify(query))
        assert.equal((await res.json()).status, false)
      }
      assert.equal((await api("/transaction", { key: "sk_test_wrong" })).status, 401)
    })

    test("GET /refund pages and filters by period too", async () => {
      await plant("rf")
      for (const amount of [100, 200, 300]) await api("/refund", { method: "POST", body: { transaction: "rf", amount } })
      const page = await (await api("/refund?perPage=2&page=1")).json()
      assert.deepEqual(page.data.map((r) => r.amount), [300, 200])
      assert.deepEqual(page.meta, { total: 3, skipped: 0, perPage: 2, page: 1, pageCount: 2 })
      const today = new Date().toISOString().slice(0, 10)
      assert.equal((await (await api(`/refund?from=${today}&to=${today}`)).json()).data.length, 3)
      assert.equal((await (await api("/refund?to=2020-01-01")).json()).data.length, 0)
    })

    test("tests plant transactions made elsewhere and alter stored ones; the list can fail like any other call", async () => {
      const planted = await plant("elsewhere", { metadata: { session_id: "payses_x" } })
      assert.equal(planted.data.status, "success")
      assert.ok(planted.data.paid_at)
      assert.deepEqual(planted.data.metadata, { session_id: "payses_x" })
      const altered = await control("transactions/elsewhere/alter", { amount: 90_000, currency: "USD", status: "reversed" })
      assert.deepEqual([altered.data.amount, altered.data.currency, altered.data.status], [90_000, "USD", "reversed"])
      const verified = await (await api("/transaction/verify/elsewhere")).json()
      assert.deepEqual([verified.data.amount, verified.data.currency, verified.data.status], [90_000, "USD", "reversed"])
      assert.equal((await control("transactions/elsewhere/alter", { status: "weird" })).status, false)
      await fetch(`${base}/__simulator/behaviour`, { method: "POST", body: JSON.stringify({ faults: { list: "error" } }), headers: { "content-type": "application/json" } })
      assert.equal((await api("/transaction")).status, 500)
      assert.equal((await api("/transaction/verify/elsewhere")).status, 200)
    })
  })

  describe("outages of its API", () => {
    const steer = (faults) =>
      fetch(`${base}/__simulator/behaviour`, { method: "POST", body: JSON.stringify({ faults }), headers: { "content-type": "application/json" } })
    const state = async () => (await fetch(`${base}/__simulator/state`)).json()
    const paid = async (reference) => pay((await initialize({ reference })).json.data.authorization_url)

    test('"error" answers 500 and does nothing', async () => {
      await paid("e1")
      await steer({ initialize: "error", verify: "error", refund: "error" })
      const init = await initialize({ reference: "e2" })
      assert.equal(init.res.status, 500)
      assert.equal(init.json.status, false)
      assert.equal((await api("/transaction/verify/e1")).status, 500)
      assert.equal((await api("/refund", { method: "POST", body: { transaction: "e1" } })).status, 500)
      const { transactions, refunds } = await state()
      assert.deepEqual(transactions.map((t) => t.reference), ["e1"])
      assert.deepEqual(refunds, [])
    })

    test('"timeout" acts but never answers', async () => {
      await paid("h1")
      await steer({ initialize: "timeout", refund: "timeout" })
      const hangs = (promise) => assert.rejects(promise, (error) => error.name === "TimeoutError")
      await hangs(api("/refund", { method: "POST", body: { transaction: "h1", amount: 1000 }, signal: AbortSignal.timeout(300) }))
      await hangs(
        fetch(`${base}/transaction/initialize`, {
          method: "POST",
          headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/json" },
          body: JSON.stringify({ email: "reader@example.com", amount: 1000, reference: "h2" }),
          signal: AbortSignal.timeout(300),
        })
      )
      const { transactions, refunds } = await state()
      assert.deepEqual(transactions.map((t) => t.reference), ["h1", "h2"], "the transaction was made")
      assert.deepEqual(refunds.map((r) => r.amount), [1000], "the refund was made")
      assert.equal((await api("/transaction/verify/h1")).status, 200, "other operations still answer")
    })

    test('"unreachable" drops the connection before anything happens', async () => {
      await paid("u1")
      await steer({ verify: "unreachable", refund: "unreachable" })
      await assert.rejects(api("/transaction/verify/u1"), TypeError)
      await assert.rejects(api("/refund", { method: "POST", body: { transaction: "u1" } }), TypeError)
      assert.deepEqual((await state()).refunds, [])
      await steer({})
      assert.equal((await api("/transaction/verify/u1")).status, 200, "back once the fault is lifted")
    })

    test("a fault can last a number of calls", async () => {
      await paid("n1")
      await steer({ verify: { mode: "error", times: 2 } })
      const statuses = []
      for (let i = 0; i < 3; i++) statuses.push((await api("/transaction/verify/n1")).status)
      assert.deepEqual(statuses, [500, 500, 200])
    })

    test("an unknown fault is refused", async () => {
      assert.equal((await steer({ verify: "slow" })).status, 400)
      assert.equal((await steer({ capture: "error" })).status, 400)
      assert.equal((await steer({ verify: { mode: "error", times: 0 } })).status, 400)
    })
  })
})

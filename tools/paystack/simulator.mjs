// A local stand-in for Paystack (https://paystack.com/docs/api/) that speaks
// its protocol: the same paths, request and response shapes, Bearer secret
// key, amounts in the currency's minor unit, and `charge.success` webhooks
// signed with HMAC-SHA512 of the raw body. It also serves the hosted checkout
// page that `authorization_url` points at, with "Pay" and "Decline".
//
// Tests steer it through /__simulator/* (never part of Paystack's API),
// including outages of its API (`faults`).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"
import http from "node:http"
import { setTimeout as sleep } from "node:timers/promises"
import { createDisputeStore, DisputeError } from "./disputes.mjs"
import { operationOf, takeFault, unknownFault } from "./faults.mjs"
import { pageOf, parseListQuery, withinPeriod } from "./lists.mjs"
import { renderCheckoutPage, renderClosedPage } from "./pages.mjs"
import { feeOf, parseSplit, SplitError, splitView } from "./splits.mjs"
import { BANKS, createSubaccountStore, SubaccountError } from "./subaccounts.mjs"
import { delivered, retryDelay, retrySchedule } from "./webhook-retries.mjs"

const CURRENCIES = new Set(["NGN", "USD", "GHS", "ZAR", "KES"])
const DOMAIN = "test"

/** How the hosted page delivers `charge.success`, set by tests. */
export const DEFAULT_BEHAVIOUR = Object.freeze({
  /** "before-redirect": delivered, then the shopper is redirected; "after-redirect": redirect first, webhook `delayMs` later; "none": never sent. */
  webhook: "before-redirect",
  delayMs: 0,
  /** Send the same webhook twice, as Paystack may. */
  duplicate: false,
  /** Where webhooks go, overriding the configured URL (tests whose server port is only known later). */
  webhookUrl: null,
  /**
   * Redelivery of a webhook that got no 2xx answer, as Paystack does: its
   * schedule by default (webhook-retries.mjs), shortened by an object such as
   * `{ firstMs: 500, laterMs: 1000 }`, or `false` for none.
   */
  webhookRetry: null,
  /**
   * Outages of Paystack's API, by operation ("initialize", "verify" — both
   * verify and fetch —, "refund", "list" — the transaction and refund
   * lists —, "subaccount" — creating or changing one): "error" answers 500 without acting;
   * "timeout" acts and never answers (the answer lost on the way); "unreachable"
   * drops the connection before anything happens. `{ mode, times }` limits a
   * fault to the next `times` calls.
   */
  faults: {},
})


export function signPaystackBody(rawBody, secretKey) {
  return createHmac("sha512", secretKey).update(rawBody).digest("hex")
}

class PaystackError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

const reply = (res, status, body) => {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(JSON.stringify(body))
}

async function readBody(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks).toString("utf8")
}

function parseBody(raw, contentType = "") {
  if (!raw) return {}
  if (contentType.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(raw))
  try {
    return JSON.parse(raw)
  } catch {
    throw new PaystackError(400, "Invalid JSON body")
  }
}

/** Paystack takes amounts as integers in the minor unit, sent as a number or a numeric string. */
function minorUnitAmount(value, field = "amount") {
  const amount = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new PaystackError(400, `Invalid ${field}`)
  return amount
}

function parseMetadata(value) {
  if (value == null || value === "") return {}
  if (typeof value === "object") return value
  try {
    return JSON.parse(value)
  } catch {
    throw new PaystackError(400, "Invalid metadata: must be an object or a JSON string")
  }
}

const isoNow = () => new Date().toISOString()

/** `publicUrl` is where shoppers' browsers reach it; by default the address it listens on. */
export function createPaystackSimulator({ secretKey, webhookUrl, publicUrl, log = () => {} }) {
  if (!secretKey) throw new Error("createPaystackSimulator: secretKey is required")
  let baseUrl = publicUrl
  let nextId = 1_000_001
  const transactions = new Map() // reference → transaction
  const byAccessCode = new Map()
  const refunds = []
  const subaccounts = createSubaccountStore({ domain: DOMAIN })
  const disputes = createDisputeStore({ domain: DOMAIN, nextId: () => nextId++ })
  const webhooks = [] // deliveries, newest last
  const hung = new Set() // responses held open by "timeout" faults
  const retries = new Set() // timers of webhooks waiting to be sent again
  let behaviour = { ...DEFAULT_BEHAVIOUR }

  const authorised = (req) => {
    const given = Buffer.from(req.headers.authorization ?? "")
    const expected = Buffer.from(`Bearer ${secretKey}`)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  /** The transaction object as Paystack's verify endpoint and webhooks show it. */
  const view = (t) => ({
    id: t.id,
    domain: DOMAIN,
    status: t.status,
    reference: t.reference,
    amount: t.amount,
    message: null,
    gateway_response: { success: "Successful", failed: "Declined", abandoned: "The transaction was not completed" }[t.status],
    paid_at: t.paid_at,
    created_at: t.created_at,
    channel: "card",
    currency: t.currency,
    ip_address: "127.0.0.1",
    metadata: t.metadata,
    fees: t.status === "success" ? feeOf(t.amount) : null,
    split: splitView(t.split, t.amount, t.status === "success"),
    customer: { id: t.customer_id, email: t.email, customer_code: `CUS_${t.customer_id}`, first_name: null, last_name: null, phone: null, metadata: null },
    authorization:
      t.status === "success"
        ? { authorization_code: `AUTH_${t.access_code}`, bin: "408408", last4: "4081", exp_month: "12", exp_year: "2030", channel: "card", card_type: "visa", bank: "TEST BANK", country_code: "NG", brand: "visa", reusable: true, signature: `SIG_${t.access_code}` }
        : {},
    requested_amount: t.amount,
  })

  /** Sends a webhook; one that is not taken (no 2xx) is sent again later, with the same body. */
  async function deliverWebhook(event, data, attempt = 1, rawBody = JSON.stringify({ event, data })) {
    const delivery = { event, reference: data.reference ?? data.transaction?.reference, attempt, status: null, error: null, at: isoNow(), next_attempt_at: null }
    webhooks.push(delivery)
    const target = behaviour.webhookUrl ?? webhookUrl
    if (!target) {
      delivery.error = "no webhook URL configured"
      return delivery
    }
    try {
      const res = await fetch(target, {
        method: "POST",
        headers: { "content-type": "application/json", "x-paystack-signature": signPaystackBody(rawBody, secretKey) },
        body: rawBody,
        signal: AbortSignal.timeout(15_000),
      })
      delivery.status = res.status
      await res.arrayBuffer()
    } catch (error) {
      delivery.error = String(error?.message ?? error)
    }
    log(`webhook ${event} ${delivery.reference} → ${delivery.status ?? delivery.error}`)
    const wait = delivered(delivery.status) ? null : retryDelay(retrySchedule(behaviour.webhookRetry), attempt)
    if (wait !== null) {
      delivery.next_attempt_at = new Date(Date.now() + wait).toISOString()
      const timer = setTimeout(() => {
        retries.delete(timer)
        deliverWebhook(event, data, attempt + 1, rawBody)
      }, wait)
      timer.unref()
      retries.add(timer)
    }
    return delivery
  }

  async function sendChargeSuccess(t) {
    const copies = behaviour.duplicate ? 2 : 1
    for (let i = 0; i < copies; i++) await deliverWebhook("charge.success", view(t))
  }

  function initialize(body) {
    const email = typeof body.email === "string" ? body.email.trim() : ""
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new PaystackError(400, "Invalid Email Address Passed")
    const amount = minorUnitAmount(body.amount)
    const currency = (body.currency ?? "NGN").toString().toUpperCase()
    if (!CURRENCIES.has(currency)) throw new PaystackError(400, "Currency not supported by merchant")
    const reference = body.reference ? String(body.reference) : `T${randomBytes(8).toString("hex")}`
    if (!/^[A-Za-z0-9._=-]{1,100}$/.test(reference)) throw new PaystackError(400, "Invalid reference: only -, ., = and alphanumeric characters allowed")
    if (transactions.has(reference)) throw new PaystackError(400, "Duplicate Transaction Reference")
    const split = parseSplit(body.split, amount, subaccounts)
    const access_code = randomBytes(8).toString("hex")
    const t = {
      id: nextId++,
      reference,
      access_code,
      amount,
      currency,
      email,
      customer_id: nextId++,
      metadata: parseMetadata(body.metadata),
      callback_url: body.callback_url ? String(body.callback_url) : null,
      status: "abandoned",
      paid_at: null,
      created_at: isoNow(),
      refunded: 0,
      split,
    }
    transactions.set(reference, t)
    byAccessCode.set(access_code, t)
    return { authorization_url: `${baseUrl}/checkout/${access_code}`, access_code, reference }
  }

  function findTransaction(idOrReference) {
    const key = String(idOrReference ?? "")
    return transactions.get(key) ?? [...transactions.values()].find((t) => String(t.id) === key)
  }

  function refund(body) {
    const t = findTransaction(body.transaction)
    if (!t) throw new PaystackError(404, "Transaction not found")
    if (t.status === "reversed") throw new PaystackError(400, "Transaction has been fully reversed")
    if (t.status !== "success") throw new PaystackError(400, "Cannot refund a transaction that was not successful")
    const remaining = t.amount - t.refunded
    const amount = body.amount == null ? remaining : minorUnitAmount(body.amount)
    if (amount > remaining) throw new PaystackError(400, "Refund amount cannot be greater than transaction amount")
    t.refunded += amount
    // As at Paystack, a transaction refunded in full is `reversed` from then on.
    if (t.refunded >= t.amount) t.status = "reversed"
    const record = {
      transaction: view(t),
      integration: 100032,
      deducted_amount: 0,
      channel: null,
      merchant_note: body.merchant_note ?? `Refund for transaction ${t.reference}`,
      customer_note: body.customer_note ?? `Refund for transaction ${t.reference}`,
      status: "pending",
      refunded_by: "simulator@paystack.test",
      expected_at: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      currency: t.currency,
      domain: DOMAIN,
      amount,
      fully_deducted: false,
      id: nextId++,
      createdAt: isoNow(),
      updatedAt: isoNow(),
    }
    refunds.push(record)
    return record
  }

  /** GET /refund: refunds on the integration, optionally of one transaction (id or reference), a currency and a period. */
  function listRefunds(query, period) {
    const t = query.get("transaction") ? findTransaction(query.get("transaction")) : null
    if (query.get("transaction") && !t) return []
    const currency = query.get("currency")?.toUpperCase()
    return refunds
      .filter((r) => (!t || r.transaction.id === t.id) && (!currency || r.currency === currency) && withinPeriod(r.createdAt, period))
      .map((r) => ({ ...r, transaction: r.transaction.id }))
  }

  /** GET /transaction: transactions on the integration, by status, currency, amount and period (when they were created). */
  function listTransactions(query, period) {
    const status = query.get("status")
    const currency = query.get("currency")?.toUpperCase()
    const amount = query.get("amount")
    return [...transactions.values()].filter(
      (t) =>
        (!status || t.status === status) &&
        (!currency || t.currency === currency) &&
        (!amount || String(t.amount) === amount) &&
        withinPeriod(t.created_at, period)
    )
  }

  /** A test's direct change to a stored transaction, as if Paystack had recorded it so (plants mismatches). */
  function alterTransaction(t, body) {
    if (body.status !== undefined && !["success", "failed", "abandoned", "reversed"].includes(body.status)) throw new PaystackError(400, "Invalid status")
    if (body.currency !== undefined && !CURRENCIES.has(String(body.currency).toUpperCase())) throw new PaystackError(400, "Invalid currency")
    for (const field of ["created_at", "paid_at"]) {
      if (body[field] != null && Number.isNaN(new Date(body[field]).getTime())) throw new PaystackError(400, `Invalid ${field}`)
    }
    if (body.amount !== undefined) t.amount = minorUnitAmount(body.amount)
    if (body.currency !== undefined) t.currency = String(body.currency).toUpperCase()
    if (body.status !== undefined) t.status = body.status
    if (body.status === "success" && !t.paid_at) t.paid_at = isoNow()
    for (const field of ["created_at", "paid_at"]) if (body[field] !== undefined) t[field] = body[field] && new Date(body[field]).toISOString()
    return t
  }

  /** The shopper's choice on the hosted page; answers where to send their browser. */
  async function settle(t, outcome) {
    if (t.status !== "abandoned") return t.callback_url
    if (outcome === "pay") {
      t.status = "success"
      t.paid_at = isoNow()
      if (behaviour.webhook === "before-redirect") await sendChargeSuccess(t)
      else if (behaviour.webhook === "after-redirect") sleep(behaviour.delayMs).then(() => sendChargeSuccess(t))
    } else {
      t.status = "failed"
    }
    return t.callback_url
  }

  const redirectTo = (res, t, callbackUrl) => {
    if (!callbackUrl) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      res.end(renderClosedPage(t))
      return
    }
    const url = new URL(callbackUrl)
    url.searchParams.set("trxref", t.reference)
    url.searchParams.set("reference", t.reference)
    res.writeHead(303, { location: url.toString() })
    res.end()
  }

  async function route(req, res) {
    const url = new URL(req.url, "http://simulator")
    const parts = url.pathname.split("/").filter(Boolean)
    const method = req.method ?? "GET"
    const raw = method === "GET" ? "" : await readBody(req)
    const body = parseBody(raw, req.headers["content-type"])

    // Hosted checkout (the shopper's browser, no key).
    if (parts[0] === "checkout" && parts[1]) {
      const t = byAccessCode.get(parts[1])
      if (!t) throw new PaystackError(404, "This payment link is not valid")
      if (method === "GET") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        return res.end(renderCheckoutPage(t))
      }
      if (method === "POST" && (parts[2] === "pay" || parts[2] === "decline")) {
        return redirectTo(res, t, await settle(t, parts[2]))
      }
    }

    // Test controls.
    if (parts[0] === "__simulator") {
      if (method === "GET" && parts[1] === "state") return reply(res, 200, { behaviour, transactions: [...transactions.values()].map(view), refunds, subaccounts: subaccounts.all(), disputes: disputes.all(), webhooks })
      if (method === "POST" && parts[1] === "behaviour") {
        const faults = body.faults ?? {}
        const unknown = unknownFault(faults)
        if (unknown) throw new PaystackError(400, `Unknown fault: ${unknown}`)
        if (retrySchedule(body.webhookRetry) === null) throw new PaystackError(400, `Unknown webhookRetry: ${JSON.stringify(body.webhookRetry)}`)
        behaviour = { ...DEFAULT_BEHAVIOUR, ...body, faults }
        return reply(res, 200, { behaviour })
      }
      if (method === "POST" && parts[1] === "reset") {
        releasePending()
        behaviour = { ...DEFAULT_BEHAVIOUR }
        transactions.clear()
        byAccessCode.clear()
        refunds.length = 0
        subaccounts.clear()
        disputes.clear()
        webhooks.length = 0
        return reply(res, 200, { behaviour })
      }
      // A transaction made elsewhere (a payment link, another shop): paid unless `status` says otherwise.
      if (method === "POST" && parts[1] === "transactions" && parts.length === 2) {
        const { reference } = initialize({ email: "payer@example.com", ...body })
        return reply(res, 200, { data: view(alterTransaction(transactions.get(reference), { status: "success", ...body })) })
      }
      if (method === "POST" && parts[1] === "transactions" && parts[2] && parts[3] === "alter") {
        const t = transactions.get(parts[2])
        if (!t) throw new PaystackError(404, "Transaction reference not found")
        return reply(res, 200, { data: view(alterTransaction(t, body)) })
      }
      if (method === "POST" && parts[1] === "transactions" && parts[2] && (parts[3] === "pay" || parts[3] === "decline")) {
        const t = transactions.get(parts[2])
        if (!t) throw new PaystackError(404, "Transaction reference not found")
        await settle(t, parts[3])
        return reply(res, 200, { data: view(t) })
      }
      // A chargeback on a paid transaction: `charge.dispute.create` (or, naming the dispute's `id`, `.remind` / `.resolve`) delivered signed; `duplicate` sends it twice.
      if (method === "POST" && parts[1] === "dispute" && parts.length === 2) {
        const t = transactions.get(String(body.reference ?? ""))
        if (!t) throw new PaystackError(404, "Transaction reference not found")
        const dispute = disputes.record(t, body)
        const event = body.event ?? "charge.dispute.create"
        const data = { ...dispute, transaction: view(t), customer: view(t).customer }
        const deliveries = []
        for (let i = 0; i < (body.duplicate ? 2 : 1); i++) deliveries.push(await deliverWebhook(event, data))
        return reply(res, 200, { dispute: data, deliveries })
      }
      if (method === "POST" && parts[1] === "transactions" && parts[2] && parts[3] === "webhook") {
        const t = transactions.get(parts[2])
        if (!t) throw new PaystackError(404, "Transaction reference not found")
        return reply(res, 200, { delivery: await deliverWebhook(body.event ?? "charge.success", view(t)) })
      }
    }

    if (method === "GET" && url.pathname === "/health") return reply(res, 200, { status: "ok" })

    // Paystack's API: Bearer secret key required.
    if (!authorised(req)) throw new PaystackError(401, "Invalid key")
    const fault = takeFault(behaviour.faults, operationOf(method, parts))
    if (fault === "unreachable") return req.socket.destroy()
    if (fault === "error") return reply(res, 500, { status: false, message: "An error occurred while processing your request" })
    if (fault === "timeout") {
      await paystackApi(method, url, parts, body).catch(() => {})
      hung.add(res)
      res.once("close", () => hung.delete(res))
      return
    }
    const [status, payload] = await paystackApi(method, url, parts, body)
    reply(res, status, payload)
  }

  /** Paystack's own endpoints: answers `[status, body]`, or throws a PaystackError. */
  async function paystackApi(method, url, parts, body) {
    if (method === "POST" && url.pathname === "/transaction/initialize") {
      return [200, { status: true, message: "Authorization URL created", data: initialize(body) }]
    }
    if (method === "GET" && url.pathname === "/transaction") {
      const list = parseListQuery(url.searchParams)
      if (list.problem) throw new PaystackError(400, list.problem)
      const matched = listTransactions(url.searchParams, list)
      const { data, meta } = pageOf(matched, list)
      const total_volume = matched.reduce((sum, t) => sum + (t.status === "success" ? t.amount : 0), 0)
      return [200, { status: true, message: "Transactions retrieved", data: data.map(view), meta: { total_volume, ...meta } }]
    }
    if (method === "GET" && parts[0] === "transaction" && parts[1] === "verify" && parts[2]) {
      const t = transactions.get(decodeURIComponent(parts[2]))
      if (!t) throw new PaystackError(400, "Transaction reference not found")
      return [200, { status: true, message: "Verification successful", data: view(t) }]
    }
    if (method === "GET" && parts[0] === "transaction" && /^\d+$/.test(parts[1] ?? "") && parts.length === 2) {
      const t = findTransaction(parts[1])
      if (!t) throw new PaystackError(404, "Transaction not found")
      return [200, { status: true, message: "Transaction retrieved", data: view(t) }]
    }
    if (method === "POST" && url.pathname === "/refund") {
      return [200, { status: true, message: "Refund has been queued for processing", data: refund(body) }]
    }
    if (method === "GET" && url.pathname === "/refund") {
      const list = parseListQuery(url.searchParams)
      if (list.problem) throw new PaystackError(400, list.problem)
      const { data, meta } = pageOf(listRefunds(url.searchParams, list), list, (r) => r.createdAt)
      return [200, { status: true, message: "Refunds retrieved", data, meta }]
    }
    if (method === "POST" && url.pathname === "/subaccount") {
      return [200, { status: true, message: "Subaccount created", data: subaccounts.create(body) }]
    }
    if (method === "GET" && parts[0] === "subaccount" && parts[1] && parts.length === 2) {
      return [200, { status: true, message: "Subaccount retrieved", data: subaccounts.find(parts[1]) }]
    }
    if (method === "PUT" && parts[0] === "subaccount" && parts[1] && parts.length === 2) {
      return [200, { status: true, message: "Subaccount updated", data: subaccounts.update(parts[1], body) }]
    }
    if (method === "GET" && url.pathname === "/bank") {
      return [200, { status: true, message: "Banks retrieved", data: BANKS, meta: { next: null, previous: null, perPage: 50 } }]
    }
    throw new PaystackError(404, `No route for ${method} ${url.pathname}`)
  }

  /** Answers left hanging by "timeout" faults, and webhooks waiting to be sent again, end when the simulator resets or closes. */
  const releasePending = () => {
    for (const res of hung) res.destroy()
    hung.clear()
    for (const timer of retries) clearTimeout(timer)
    retries.clear()
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((error) => {
      const status = error instanceof PaystackError || error instanceof SubaccountError || error instanceof SplitError || error instanceof DisputeError ? error.status : 500
      if (status === 500) log(`error: ${error?.stack ?? error}`)
      if (!res.headersSent) reply(res, status, { status: false, message: error.message })
      else res.end()
    })
  })

  return {
    server,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject)
        server.listen(port, host, () => {
          server.off("error", reject)
          baseUrl ??= `http://localhost:${server.address().port}`
          resolve(server.address().port)
        })
      }),
    close: () =>
      new Promise((resolve) => {
        releasePending()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

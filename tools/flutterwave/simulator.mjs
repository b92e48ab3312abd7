// A local stand-in for Flutterwave's v3 API (https://developer.flutterwave.com/v3.0/)
// that speaks its protocol: the same paths under /v3, request and response
// shapes ({ status: "success" | "error", message, data }), Bearer secret key,
// amounts in MAJOR units (naira, dollars; unlike Paystack's kobo), and
// `charge.completed` webhooks carrying the merchant's secret hash in the
// `verif-hash` header. It serves the hosted payment page that `data.link`
// points at, with "Pay", "Decline" and "Cancel", which return the shopper to
// `redirect_url` with `status`, `tx_ref` and (once there is a transaction)
// `transaction_id`, as Flutterwave Standard does.
//
// As at Flutterwave, creating a payment makes only a link: the transaction
// exists once the shopper pays or is declined, and verifying an unknown
// tx_ref answers 400 "No transaction was found for this id".
//
// Tests steer it through /__simulator/* (never part of Flutterwave's API),
// including outages of its API (`faults`).
import { randomBytes, timingSafeEqual } from "node:crypto"
import http from "node:http"
import { setTimeout as sleep } from "node:timers/promises"
import { operationOf, takeFault, unknownFault } from "./faults.mjs"
import { pageOf, parseListQuery, withinPeriod } from "./lists.mjs"
import { renderClosedPage, renderPaymentPage } from "./pages.mjs"

/** Currencies this simulated merchant takes, with the decimal places Flutterwave allows in an amount. */
export const CURRENCY_DECIMALS = Object.freeze({ NGN: 2, USD: 2, GHS: 2, KES: 2, ZAR: 2, GBP: 2, EUR: 2, UGX: 0, RWF: 0, XAF: 0, XOF: 0 })
const ACCOUNT_ID = 100_001

/** How the hosted page delivers `charge.completed`, set by tests. */
export const DEFAULT_BEHAVIOUR = Object.freeze({
  /** "before-redirect": delivered, then the shopper is redirected; "after-redirect": redirect first, webhook `delayMs` later; "none": never sent. */
  webhook: "before-redirect",
  delayMs: 0,
  /** Send the same webhook twice, as Flutterwave may. */
  duplicate: false,
  /** Where webhooks go, overriding the configured URL (tests whose server port is only known later). */
  webhookUrl: null,
  /**
   * Outages of Flutterwave's API, by operation ("payments" — create a payment
   * link —, "verify" — by reference or by id —, "refund", "list" — the
   * transaction and refund lists): "error" answers 500 without acting;
   * "timeout" acts and never answers (the answer lost on the way);
   * "unreachable" drops the connection before anything happens. `{ mode, times }`
   * limits a fault to the next `times` calls.
   */
  faults: {},
})

class FlutterwaveError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

const reply = (res, status, body) => {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(JSON.stringify(body))
}
const success = (message, data, extra = {}) => ({ status: "success", message, ...extra, data })

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
    throw new FlutterwaveError(400, "Invalid JSON body")
  }
}

/**
 * An amount in major units (a number or numeric string) as an integer count
 * of the currency's smallest unit, so that sums and comparisons are exact.
 * More decimals than the currency has are refused.
 */
export function toMinor(value, currency, field = "amount") {
  const decimals = CURRENCY_DECIMALS[currency]
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : ""
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match || (match[2] ?? "").replace(/0+$/, "").length > decimals) throw new FlutterwaveError(400, `${field} must be a positive number with at most ${decimals} decimal places`)
  const minor = Number(match[1]) * 10 ** decimals + Number((match[2] ?? "").padEnd(decimals, "0").slice(0, decimals) || 0)
  if (!Number.isSafeInteger(minor) || minor <= 0) throw new FlutterwaveError(400, `${field} must be more than zero`)
  return minor
}
const toMajor = (minor, currency) => minor / 10 ** CURRENCY_DECIMALS[currency]

const isoNow = () => new Date().toISOString()

/** `publicUrl` is where shoppers' browsers reach it; by default the address it listens on. */
export function createFlutterwaveSimulator({ secretKey, secretHash, webhookUrl, publicUrl, log = () => {} }) {
  if (!secretKey) throw new Error("createFlutterwaveSimulator: secretKey is required")
  if (!secretHash) throw new Error("createFlutterwaveSimulator: secretHash is required")
  let baseUrl = publicUrl
  let nextId = 4_000_001
  const links = new Map() // tx_ref → payment link (POST /v3/payments)
  const byCode = new Map() // hosted page code → link
  const transactions = new Map() // tx_ref → transaction (once paid or declined)
  const refunds = []
  const webhooks = [] // deliveries, newest last
  const hung = new Set() // responses held open by "timeout" faults
  let behaviour = { ...DEFAULT_BEHAVIOUR }

  const authorised = (req) => {
    const given = Buffer.from(req.headers.authorization ?? "")
    const expected = Buffer.from(`Bearer ${secretKey}`)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  /** The transaction as Flutterwave's verify endpoints and lists show it (amounts in major units). */
  const view = (t) => {
    const amount = toMajor(t.amount, t.currency)
    const fee = t.status === "successful" ? Math.round(t.amount * 0.014) : 0
    return {
      id: t.id,
      tx_ref: t.tx_ref,
      flw_ref: t.flw_ref,
      device_fingerprint: "N/A",
      amount,
      currency: t.currency,
      charged_amount: amount,
      app_fee: toMajor(fee, t.currency),
      merchant_fee: 0,
      processor_response: t.status === "successful" ? "Approved by Financial Institution" : "Declined",
      auth_model: "PIN",
      ip: "127.0.0.1",
      narration: "Flutterwave simulator",
      status: t.status,
      payment_type: "card",
      created_at: t.created_at,
      account_id: ACCOUNT_ID,
      card: { first_6digits: "553188", last_4digits: "2950", issuer: "MASTERCARD  CREDIT", country: "NG", type: "MASTERCARD", expiry: "09/32" },
      meta: t.meta,
      amount_settled: t.status === "successful" ? toMajor(t.amount - fee, t.currency) : 0,
      customer: { id: t.customer_id, name: t.customer.name ?? "Anonymous customer", phone_number: t.customer.phonenumber ?? "N/A", email: t.customer.email, created_at: t.created_at },
    }
  }

  /** The refund as Flutterwave answers it (`tx_id` is the refunded transaction's id). */
  const refundView = (r) => ({
    id: r.id,
    account_id: ACCOUNT_ID,
    tx_id: r.tx_id,
    flw_ref: r.flw_ref,
    wallet_id: 74_639,
    amount_refunded: toMajor(r.amount, r.currency),
    status: "completed",
    destination: "payment_source",
    meta: { source: "availablebalance" },
    comments: r.comments,
    currency: r.currency,
    created_at: r.created_at,
  })

  /** Sends `charge.completed`, its `verif-hash` header the merchant's secret hash. Not retried. */
  async function deliverWebhook(t, hash = secretHash) {
    const { meta: _meta, ...data } = view(t)
    const delivery = { event: "charge.completed", tx_ref: t.tx_ref, status: null, error: null, at: isoNow() }
    webhooks.push(delivery)
    const target = behaviour.webhookUrl ?? webhookUrl
    if (!target) {
      delivery.error = "no webhook URL configured"
      return delivery
    }
    try {
      const res = await fetch(target, {
        method: "POST",
        headers: { "content-type": "application/json", "verif-hash": hash },
        body: JSON.stringify({ event: "charge.completed", data, "event.type": "CARD_TRANSACTION" }),
        signal: AbortSignal.timeout(15_000),
      })
      delivery.status = res.status
      await res.arrayBuffer()
    } catch (error) {
      delivery.error = String(error?.message ?? error)
    }
    log(`webhook charge.completed ${t.tx_ref} (${t.status}) → ${delivery.status ?? delivery.error}`)
    return delivery
  }

  async function sendChargeCompleted(t) {
    const copies = behaviour.duplicate ? 2 : 1
    for (let i = 0; i < copies; i++) await deliverWebhook(t)
  }

  function createPayment(body) {
    const tx_ref = typeof body.tx_ref === "string" ? body.tx_ref.trim() : ""
    if (!tx_ref) throw new FlutterwaveError(400, "tx_ref is required")
    if (links.has(tx_ref)) throw new FlutterwaveError(400, "Duplicate transaction reference: tx_ref must be unique")
    const currency = String(body.currency ?? "NGN").toUpperCase()
    if (!(currency in CURRENCY_DECIMALS)) throw new FlutterwaveError(400, "Invalid currency provided")
    const amount = toMinor(body.amount, currency)
    const email = typeof body.customer?.email === "string" ? body.customer.email.trim() : ""
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new FlutterwaveError(400, "customer.email is required")
    if (body.redirect_url !== undefined) {
      try {
        new URL(body.redirect_url)
      } catch {
        throw new FlutterwaveError(400, "redirect_url must be a valid url")
      }
    }
    const code = randomBytes(10).toString("hex")
    const link = {
      code,
      tx_ref,
      amount,
      currency,
      customer: { email, name: body.customer.name, phonenumber: body.customer.phonenumber },
      meta: body.meta ?? null,
      redirect_url: body.redirect_url ?? null,
      closed: null,
      created_at: isoNow(),
    }
    links.set(tx_ref, link)
    byCode.set(code, link)
    return { link: `${baseUrl}/pay/${code}` }
  }

  /** The transaction a shopper's attempt makes on the hosted page. */
  function transactionFor(link, status) {
    const t = {
      id: nextId++,
      tx_ref: link.tx_ref,
      flw_ref: `FLW-SIM-${randomBytes(8).toString("hex")}`,
      amount: link.amount,
      currency: link.currency,
      customer: link.customer,
      customer_id: nextId++,
      meta: link.meta,
      status,
      refunded: 0,
      created_at: isoNow(),
    }
    transactions.set(link.tx_ref, t)
    return t
  }

  const findById = (id) => [...transactions.values()].find((t) => String(t.id) === String(id))

  function refund(id, body) {
    const t = findById(id)
    if (!t) throw new FlutterwaveError(404, "Transaction not found")
    if (t.status !== "successful") throw new FlutterwaveError(400, "Only successful transactions can be refunded")
    const remaining = t.amount - t.refunded
    if (remaining <= 0) throw new FlutterwaveError(400, "Transaction has been fully refunded")
    const amount = body.amount == null ? remaining : toMinor(body.amount, t.currency)
    if (amount > remaining) throw new FlutterwaveError(400, "Refund amount cannot be greater than the amount left to refund")
    t.refunded += amount
    const record = { id: nextId++, tx_id: t.id, flw_ref: `URF_${Date.now()}_${nextId}`, amount, currency: t.currency, comments: body.comments ?? null, created_at: isoNow() }
    refunds.push(record)
    return refundView(record)
  }

  /** GET /v3/transactions: by status, tx_ref, currency, customer email and period (when created). */
  function listTransactions(query, period) {
    const status = query.get("status")
    const txRef = query.get("tx_ref")
    const currency = query.get("currency")?.toUpperCase()
    const email = query.get("customer_email")
    return [...transactions.values()].filter(
      (t) =>
        (!status || t.status === status) &&
        (!txRef || t.tx_ref === txRef) &&
        (!currency || t.currency === currency) &&
        (!email || t.customer.email === email) &&
        withinPeriod(t.created_at, period)
    )
  }

  /** GET /v3/refunds: by currency, refund id and period. */
  function listRefunds(query, period) {
    const currency = query.get("currency")?.toUpperCase()
    const id = query.get("id")
    return refunds.filter((r) => (!currency || r.currency === currency) && (!id || String(r.id) === id) && withinPeriod(r.created_at, period))
  }

  /** The shopper's choice on the hosted page; answers where to send their browser. */
  async function settle(link, outcome) {
    if (link.closed) return redirectFor(link)
    if (outcome === "cancel") {
      link.closed = "cancelled"
      return redirectFor(link)
    }
    const t = transactionFor(link, outcome === "pay" ? "successful" : "failed")
    link.closed = t.status
    if (behaviour.webhook === "before-redirect") await sendChargeCompleted(t)
    else if (behaviour.webhook === "after-redirect") sleep(behaviour.delayMs).then(() => sendChargeCompleted(t))
    return redirectFor(link)
  }

  /** Flutterwave Standard's return: redirect_url?status=successful|failed|cancelled&tx_ref=…&transaction_id=… */
  function redirectFor(link) {
    if (!link.redirect_url) return null
    const url = new URL(link.redirect_url)
    url.searchParams.set("status", link.closed)
    url.searchParams.set("tx_ref", link.tx_ref)
    const t = transactions.get(link.tx_ref)
    if (t) url.searchParams.set("transaction_id", String(t.id))
    return url.toString()
  }

  /** A test's direct change to a stored transaction, as if Flutterwave had recorded it so (plants mismatches). */
  function alterTransaction(t, body) {
    if (body.status !== undefined && !["successful", "failed", "pending"].includes(body.status)) throw new FlutterwaveError(400, "Invalid status")
    if (body.currency !== undefined) {
      const currency = String(body.currency).toUpperCase()
      if (!(currency in CURRENCY_DECIMALS)) throw new FlutterwaveError(400, "Invalid currency")
      t.currency = currency
    }
    if (body.amount !== undefined) t.amount = toMinor(body.amount, t.currency)
    if (body.status !== undefined) t.status = body.status
    if (body.created_at != null) {
      if (Number.isNaN(new Date(body.created_at).getTime())) throw new FlutterwaveError(400, "Invalid created_at")
      t.created_at = new Date(body.created_at).toISOString()
    }
    return t
  }

  const linkOf = (txRef) => {
    const link = links.get(txRef)
    if (!link) throw new FlutterwaveError(404, "No payment with this tx_ref")
    return link
  }

  async function route(req, res) {
    const url = new URL(req.url, "http://simulator")
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent)
    const method = req.method ?? "GET"
    const raw = method === "GET" ? "" : await readBody(req)
    const body = parseBody(raw, req.headers["content-type"])

    // Hosted payment page (the shopper's browser, no key).
    if (parts[0] === "pay" && parts[1]) {
      const link = byCode.get(parts[1])
      if (!link) throw new FlutterwaveError(404, "This payment link is not valid")
      if (method === "GET" && parts.length === 2) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        return res.end(renderPaymentPage({ ...link, amount: toMajor(link.amount, link.currency) }))
      }
      if (method === "POST" && ["pay", "decline", "cancel"].includes(parts[2])) {
        const location = await settle(link, parts[2])
        if (!location) {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
          return res.end(renderClosedPage(link))
        }
        res.writeHead(303, { location })
        return res.end()
      }
    }

    // Test controls.
    if (parts[0] === "__simulator") {
      if (method === "GET" && parts[1] === "state") {
        return reply(res, 200, {
          behaviour,
          links: [...links.values()].map(({ code, tx_ref, currency, amount, closed, redirect_url }) => ({ code, tx_ref, currency, amount: toMajor(amount, currency), closed, redirect_url })),
          transactions: [...transactions.values()].map(view),
          refunds: refunds.map(refundView),
          webhooks,
        })
      }
      if (method === "POST" && parts[1] === "behaviour") {
        const faults = body.faults ?? {}
        const unknown = unknownFault(faults)
        if (unknown) throw new FlutterwaveError(400, `Unknown fault: ${unknown}`)
        if (body.webhook !== undefined && !["before-redirect", "after-redirect", "none"].includes(body.webhook)) throw new FlutterwaveError(400, `Unknown webhook: ${body.webhook}`)
        behaviour = { ...DEFAULT_BEHAVIOUR, ...body, faults }
        return reply(res, 200, { behaviour })
      }
      if (method === "POST" && parts[1] === "reset") {
        releasePending()
        behaviour = { ...DEFAULT_BEHAVIOUR }
        links.clear()
        byCode.clear()
        transactions.clear()
        refunds.length = 0
        webhooks.length = 0
        return reply(res, 200, { behaviour })
      }
      // A transaction made elsewhere (another shop, a payment link): paid unless `status` says otherwise.
      if (method === "POST" && parts[1] === "transactions" && parts.length === 2) {
        const tx_ref = body.tx_ref ?? `SIM-${randomBytes(6).toString("hex")}`
        createPayment({ customer: { email: "payer@example.com" }, ...body, tx_ref })
        const link = links.get(tx_ref)
        const t = alterTransaction(transactionFor(link, "successful"), body)
        link.closed = t.status
        return reply(res, 200, { data: view(t) })
      }
      if (method === "POST" && parts[1] === "transactions" && parts[2] && ["pay", "decline", "cancel"].includes(parts[3])) {
        const link = linkOf(parts[2])
        const redirect = await settle(link, parts[3])
        const t = transactions.get(parts[2])
        return reply(res, 200, { redirect, data: t ? view(t) : null })
      }
      if (method === "POST" && parts[1] === "transactions" && parts[2] && parts[3] === "alter") {
        const t = transactions.get(parts[2])
        if (!t) throw new FlutterwaveError(404, "No transaction with this tx_ref")
        return reply(res, 200, { data: view(alterTransaction(t, body)) })
      }
      if (method === "POST" && parts[1] === "transactions" && parts[2] && parts[3] === "webhook") {
        const t = transactions.get(parts[2])
        if (!t) throw new FlutterwaveError(404, "No transaction with this tx_ref")
        return reply(res, 200, { delivery: await deliverWebhook(t, body.hash ?? secretHash) })
      }
    }

    if (method === "GET" && url.pathname === "/health") return reply(res, 200, { status: "ok" })

    // Flutterwave's v3 API: Bearer secret key required.
    if (parts[0] !== "v3") throw new FlutterwaveError(404, `No route for ${method} ${url.pathname}`)
    if (!authorised(req)) throw new FlutterwaveError(401, "Invalid authorization key")
    const api = parts.slice(1)
    const fault = takeFault(behaviour.faults, operationOf(method, api))
    if (fault === "unreachable") return req.socket.destroy()
    if (fault === "error") return reply(res, 500, { status: "error", message: "An error occurred while processing your request", data: null })
    if (fault === "timeout") {
      await flutterwaveApi(method, url, api, body).catch(() => {})
      hung.add(res)
      res.once("close", () => hung.delete(res))
      return
    }
    const [status, payload] = await flutterwaveApi(method, url, api, body)
    reply(res, status, payload)
  }

  /** Flutterwave's own endpoints (`api` is the path after /v3): answers `[status, body]`, or throws a FlutterwaveError. */
  async function flutterwaveApi(method, url, api, body) {
    if (method === "POST" && api[0] === "payments" && api.length === 1) return [200, success("Hosted Link", createPayment(body))]
    if (method === "GET" && api[0] === "transactions" && api[1] === "verify_by_reference" && api.length === 2) {
      const t = transactions.get(url.searchParams.get("tx_ref") ?? "")
      if (!t) throw new FlutterwaveError(400, "No transaction was found for this id")
      return [200, success("Transaction fetched successfully", view(t))]
    }
    if (method === "GET" && api[0] === "transactions" && api[2] === "verify" && api.length === 3) {
      const t = findById(api[1])
      if (!t) throw new FlutterwaveError(400, "No transaction was found for this id")
      return [200, success("Transaction fetched successfully", view(t))]
    }
    if (method === "POST" && api[0] === "transactions" && api[2] === "refund" && api.length === 3) {
      return [200, success("Transaction refund initiated", refund(api[1], body))]
    }
    if (method === "GET" && (api[0] === "transactions" || api[0] === "refunds") && api.length === 1) {
      const list = parseListQuery(url.searchParams)
      if (list.problem) throw new FlutterwaveError(400, list.problem)
      if (api[0] === "refunds") {
        const { data, meta } = pageOf(listRefunds(url.searchParams, list), list)
        return [200, success("Refunds fetched", data.map(refundView), { meta })]
      }
      const { data, meta } = pageOf(listTransactions(url.searchParams, list), list)
      return [200, success("Transactions fetched", data.map(view), { meta })]
    }
    throw new FlutterwaveError(404, `No route for ${method} ${url.pathname}`)
  }

  /** Answers left hanging by "timeout" faults end when the simulator resets or closes. */
  const releasePending = () => {
    for (const res of hung) res.destroy()
    hung.clear()
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((error) => {
      const status = error instanceof FlutterwaveError ? error.status : 500
      if (status === 500) log(`error: ${error?.stack ?? error}`)
      if (!res.headersSent) reply(res, status, { status: "error", message: error.message, data: null })
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

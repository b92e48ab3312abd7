// A local stand-in for Resend (https://resend.com/docs/api-reference) that
// keeps every email instead of delivering it: POST /emails and
// /emails/batch with Resend's shapes, Bearer key, idempotency keys, its
// default rate limit (2 requests a second) and its error shape; a web page
// listing the messages; and Resend's signed webhooks for each message,
// raised from the page or by tests.
//
// Tests steer and read it through /__inbox/* (never part of Resend's API).
import { randomUUID, timingSafeEqual } from "node:crypto"
import http from "node:http"
import { PAGE_POLICY, renderList, renderMessage } from "./pages.mjs"
import { ResendError, createIdempotencyStore, createRateLimiter, parseBatch, parseEmail, rateLimited } from "./resend-protocol.mjs"
import { createMessageStore } from "./store.mjs"
import { EVENT_TYPES, createWebhookSender, eventPayload } from "./webhooks.mjs"
import { createTestControls } from "./test-controls.mjs"

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers })
  res.end(JSON.stringify(body))
}
const html = (res, status, body) => {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-security-policy": PAGE_POLICY, "cache-control": "no-store" })
  res.end(body)
}

/** One attachment's bytes, always as a download (never rendered by the page's origin). */
function download(res, message, index) {
  const file = /^\d+$/.test(index) ? message.attachments?.[Number(index)] : undefined
  if (!file || file.content === null) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("No such attachment")
    return
  }
  res.writeHead(200, {
    "content-type": file.contentType ?? "application/octet-stream",
    "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
  })
  res.end(Buffer.from(file.content, "base64"))
}

async function readBody(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks).toString("utf8")
}

function parseJson(raw) {
  try {
    return JSON.parse(raw)
  } catch {
    throw new ResendError(422, "validation_error", "The body must be valid JSON.")
  }
}

/**
 * - `apiKey`: the key callers must send as `Authorization: Bearer …`.
 * - `rateLimit`: requests a second per key (Resend's default 2; 0 turns it off).
 * - `webhook`: `{ url, secret }` where events go, signed with the `whsec_…` secret.
 * - `autoEvents`: events raised for every accepted message (e.g. ["email.delivered"]).
 * - `limit` / `file`: messages kept in memory / the JSON-lines file they are kept in.
 */
export function createInbox({ apiKey, rateLimit = 2, webhook = {}, autoEvents = [], limit, file, log = () => {} }) {
  if (!apiKey) throw new Error("createInbox: apiKey is required")
  const store = createMessageStore({ limit, file })
  const idempotency = createIdempotencyStore()
  let settings = { rateLimit, webhook: { ...webhook }, autoEvents }
  let limiter = createRateLimiter({ perSecond: settings.rateLimit })
  const webhooks = createWebhookSender({ endpoint: () => settings.webhook, log })
  const controls = createTestControls()
  const counters = { requests: 0, rateLimited: 0, idempotentReplays: 0 }

  const authorise = (req) => {
    const header = req.headers.authorization
    if (!header) throw new ResendError(401, "missing_api_key", "Missing API key in the authorization header. Include the following header in the request: Authorization: Bearer YOUR_API_KEY")
    const given = Buffer.from(header)
    const expected = Buffer.from(`Bearer ${apiKey}`)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ResendError(403, "invalid_api_key", "API key is invalid")
    return apiKey
  }

  async function raise(message, type, options = {}) {
    const event = eventPayload(type, message, options)
    const delivery = await webhooks.send(event)
    store.addEvent(message, { type, at: event.created_at, link: options.link ?? null, delivery: delivery.status ? String(delivery.status) : delivery.error })
    return delivery
  }

  function accept(email, { idempotencyKey }) {
    const message = { id: randomUUID(), createdAt: new Date().toISOString(), ...email, idempotencyKey: idempotencyKey ?? null, events: [] }
    store.add(message)
    for (const type of settings.autoEvents) raise(message, type).catch(() => {})
    return message
  }

  /** POST /emails and /emails/batch, as Resend answers them. */
  async function sendApi(req, res, batch) {
    counters.requests += 1
    const team = authorise(req)
    const limit = limiter.take(team)
    if (!limit.allowed) {
      counters.rateLimited += 1
      return json(res, 429, rateLimited(settings.rateLimit).body, limit.headers)
    }
    const raw = await readBody(req)
    const key = req.headers["idempotency-key"]
    const keyed = key === undefined ? null : idempotency.begin(team, String(key), `${req.url}\n${raw}`)
    if (keyed?.replay) {
      counters.idempotentReplays += 1
      return json(res, 200, keyed.replay, limit.headers)
    }
    try {
      const fault = controls.takeFault()
      if (fault?.status) throw new ResendError(fault.status, fault.name ?? "application_error", fault.message ?? "Injected fault")
      const body = parseJson(raw)
      let answer
      if (batch) {
        const mode = req.headers["x-batch-validation"] === "permissive" ? "permissive" : "strict"
        const { emails, errors } = parseBatch(body, mode)
        const ids = emails.map(({ email }) => ({ id: accept(email, { idempotencyKey: key }).id }))
        answer = mode === "permissive" ? { data: ids, errors } : { data: ids }
      } else {
        answer = { id: accept(parseEmail(body), { idempotencyKey: key }).id }
      }
      keyed?.finish(answer)
      // A "hang" fault keeps the answer: the emails are accepted but the caller never hears so.
      if (fault?.hang) return controls.hold(res)
      return json(res, 200, answer, limit.headers)
    } catch (error) {
      keyed?.finish(null)
      throw error
    }
  }

  /** The test API: read messages, raise events, change settings, inject faults. */
  async function testApi(req, res, parts) {
    const [resource, id, action] = parts
    const url = new URL(req.url, "http://inbox")
    if (resource === "messages" && !id && req.method === "GET") {
      const query = Object.fromEntries(["to", "subject", "since"].map((k) => [k, url.searchParams.get(k) ?? undefined]))
      return json(res, 200, { data: store.list({ ...query, limit: Number(url.searchParams.get("limit") ?? 100) }) })
    }
    if (resource === "messages" && !id && req.method === "DELETE") {
      store.clear()
      idempotency.clear()
      Object.assign(counters, { requests: 0, rateLimited: 0, idempotentReplays: 0 })
      return json(res, 200, { cleared: true })
    }
    if (resource === "messages" && id && !action && req.method === "GET") {
      const message = store.get(id)
      return message ? json(res, 200, message) : json(res, 404, { statusCode: 404, name: "not_found", message: "Email not found" })
    }
    if (resource === "messages" && id && action === "events" && req.method === "POST") {
      return json(res, 200, await raiseFromRequest(id, parseJson((await readBody(req)) || "{}")))
    }
    if (resource === "stats" && req.method === "GET") return json(res, 200, { ...store.stats(), ...counters })
    if (resource === "settings" && req.method === "POST") {
      const changes = parseJson((await readBody(req)) || "{}")
      settings = { ...settings, ...changes, webhook: { ...settings.webhook, ...changes.webhook } }
      limiter = createRateLimiter({ perSecond: settings.rateLimit })
      return json(res, 200, { rateLimit: settings.rateLimit, webhookUrl: settings.webhook.url ?? null, autoEvents: settings.autoEvents })
    }
    if (resource === "faults" && req.method === "POST") return json(res, 200, controls.setFaults(parseJson((await readBody(req)) || "{}")))
    return json(res, 404, { statusCode: 404, name: "not_found", message: "Unknown inbox test route" })
  }

  async function raiseFromRequest(id, { type, bounceType, link }) {
    const message = store.get(id)
    if (!message) throw new ResendError(404, "not_found", "Email not found")
    const eventType = type?.startsWith("email.") ? type : `email.${type}`
    if (!EVENT_TYPES.includes(eventType)) throw new ResendError(422, "validation_error", `type must be one of ${EVENT_TYPES.join(", ")}`)
    if (eventType === "email.clicked" && !/^https?:\/\//.test(link ?? "")) throw new ResendError(422, "validation_error", "A click needs the link clicked (http or https)")
    const delivery = await raise(message, eventType, { bounceType: bounceType === "soft" ? "soft" : "hard", link })
    return { id: delivery.id, type: eventType, status: delivery.status, error: delivery.error, attempts: delivery.attempts }
  }

  async function handle(req, res) {
    const url = new URL(req.url, "http://inbox")
    const parts = url.pathname.split("/").filter(Boolean)
    if (req.method === "POST" && url.pathname === "/emails") return sendApi(req, res, false)
    if (req.method === "POST" && url.pathname === "/emails/batch") return sendApi(req, res, true)
    if (req.method === "GET" && parts[0] === "emails" && parts.length === 2) {
      authorise(req)
      const message = store.get(parts[1])
      if (!message) throw new ResendError(404, "not_found", "Email not found")
      return json(res, 200, { object: "email", id: message.id, to: message.to, from: message.from, subject: message.subject, html: message.html, text: message.text, created_at: message.createdAt, last_event: message.events.at(-1)?.type.replace("email.", "") ?? "sent" })
    }
    if (parts[0] === "__inbox") return testApi(req, res, parts.slice(1))
    if (req.method === "GET" && url.pathname === "/health") return json(res, 200, { ok: true })
    if (req.method === "GET" && url.pathname === "/") {
      const to = url.searchParams.get("to") ?? ""
      return html(res, 200, renderList(store.list({ to: to || undefined, limit: 200 }), { to, stats: store.stats() }))
    }
    if (parts[0] === "messages" && parts[1]) {
      const message = store.get(parts[1])
      if (!message) return html(res, 404, "<!doctype html><p>No such message (the inbox keeps the newest only).</p><p><a href=\"/\">Back</a></p>")
      if (req.method === "GET" && parts.length === 2) return html(res, 200, renderMessage(message, { webhooks: webhooks.configured() }))
      if (req.method === "GET" && parts[2] === "attachments" && parts.length === 4) return download(res, message, parts[3])
      if (req.method === "POST" && parts[2] === "events") {
        const form = new URLSearchParams(await readBody(req))
        await raiseFromRequest(message.id, Object.fromEntries(form))
        res.writeHead(303, { location: `/messages/${message.id}` }).end()
        return
      }
    }
    throw new ResendError(404, "not_found", "The requested endpoint does not exist.")
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (error instanceof ResendError) return json(res, error.statusCode, error.body)
      log(`error: ${error.stack ?? error}`)
      json(res, 500, { statusCode: 500, name: "internal_server_error", message: "Unexpected error in the local inbox" })
    })
  })

  return {
    store,
    /** Listens on `port` (0: any free one) and resolves with the bound port. */
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject)
        server.listen(port, host, () => resolve(server.address().port))
      }),
    close: async () => {
      webhooks.close()
      controls.release()
      server.closeAllConnections?.()
      await new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

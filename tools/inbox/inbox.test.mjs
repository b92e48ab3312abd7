import assert from "node:assert/strict"
import { createHmac } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import http from "node:http"
import { tmpdir } from "node:os"
import path from "node:path"
import { after, before, beforeEach, describe, test } from "node:test"
import { setTimeout as sleep } from "node:timers/promises"
import { createInbox } from "./inbox.mjs"
import { linksOf } from "./pages.mjs"

const KEY = "re_test_inbox_spec"
const SECRET = `whsec_${Buffer.from("inbox-spec-signing-secret").toString("base64")}`

/** A stand-in for the cms's webhook route: records what arrives; `answers` are its next statuses (then 200). */
function webhookReceiver() {
  const received = []
  const answers = []
  const server = http.createServer(async (req, res) => {
    let raw = ""
    for await (const chunk of req) raw += chunk
    received.push({ raw, headers: req.headers })
    res.writeHead(answers.shift() ?? 200).end()
  })
  return { server, received, answers }
}

const email = (over = {}) => ({ from: "Adaeze <news@books.test>", to: ["reader@example.com"], subject: "Hello", html: '<p>Hi <a href="https://books.test/x?a=1&amp;b=2">read</a></p>', text: "Hi", ...over })

describe("local inbox", () => {
  const hook = webhookReceiver()
  let inbox, base
  const api = (route, { body, key = KEY, headers = {}, method = "POST", signal } = {}) =>
    fetch(`${base}${route}`, {
      method,
      signal,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  const messages = async (query = "") => (await (await fetch(`${base}/__inbox/messages${query}`)).json()).data
  const settings = (body) => fetch(`${base}/__inbox/settings`, { method: "POST", body: JSON.stringify(body) })

  before(async () => {
    await new Promise((r) => hook.server.listen(0, "127.0.0.1", r))
    inbox = createInbox({ apiKey: KEY, rateLimit: 0, webhook: { url: `http://127.0.0.1:${hook.server.address().port}/api/resend-webhooks`, secret: SECRET } })
    base = `http://127.0.0.1:${await inbox.listen(0, "127.0.0.1")}`
  })
  after(async () => {
    await inbox.close()
    await new Promise((r) => hook.server.close(r))
  })
  beforeEach(async () => {
    hook.received.length = 0
    hook.answers.length = 0
    await fetch(`${base}/__inbox/messages`, { method: "DELETE" })
    await settings({ rateLimit: 0 })
  })

  test("refuses a missing key with 401 and a wrong one with 403, in Resend's error shape", async () => {
    const missing = await api("/emails", { key: null, body: email() })
    assert.equal(missing.status, 401)
    assert.deepEqual(Object.keys(await missing.json()).sort(), ["message", "name", "statusCode"])
    const wrong = await api("/emails", { key: "re_wrong_key_000000", body: email() })
    assert.equal(wrong.status, 403)
    assert.deepEqual(await wrong.json(), { statusCode: 403, name: "invalid_api_key", message: "API key is invalid" })
    assert.equal((await messages()).length, 0)
  })

  test("POST /emails keeps the message and answers its id", async () => {
    const res = await api("/emails", { body: email({ headers: { "List-Unsubscribe": "<https://cms.test/u?t=1>" }, tags: [{ name: "campaign", value: "7" }] }) })
    assert.equal(res.status, 200)
    const { id } = await res.json()
    assert.match(id, /^[0-9a-f-]{36}$/)
    const [kept] = await messages()
    assert.equal(kept.id, id)
    assert.deepEqual(kept.to, ["reader@example.com"])
    assert.equal(kept.headers["List-Unsubscribe"], "<https://cms.test/u?t=1>")
    assert.deepEqual(kept.tags, [{ name: "campaign", value: "7" }])
  })

  test("refuses what Resend refuses: no subject, a malformed recipient, no body", async () => {
    for (const [body, name, message] of [
      [email({ subject: undefined }), "missing_required_field", /subject/],
      [email({ to: ["not an address"] }), "validation_error", /`to`/],
      [email({ html: undefined, text: undefined }), "missing_required_field", /html/],
    ]) {
      const res = await api("/emails", { body })
      assert.equal(res.status, 422)
      const error = await res.json()
      assert.equal(error.statusCode, 422)
      assert.equal(error.name, name)
      assert.match(error.message, message)
    }
    assert.equal((await messages()).length, 0)
  })

  test("a strict batch with one bad email sends none; a permissive one sends the rest and names the bad index", async () => {
    const batch = [email({ to: ["a@example.com"] }), email({ to: ["broken"] }), email({ to: ["c@example.com"] })]
    const strict = await api("/emails/batch", { body: batch })
    assert.equal(strict.status, 422)
    assert.match((await strict.json()).message, /^emails\[1\]/)
    assert.equal((await messages()).length, 0)

    const permissive = await api("/emails/batch", { body: batch, headers: { "x-batch-validation": "permissive" } })
    assert.equal(permissive.status, 200)
    const answer = await permissive.json()
    assert.equal(answer.data.length, 2)
    assert.deepEqual(answer.errors.map((e) => e.index), [1])
    assert.deepEqual((await messages()).map((m) => m.to[0]).sort(), ["a@example.com", "c@example.com"])
  })

  test("a batch holds 1 to 100 emails", async () => {
    const tooMany = Array.from({ length: 101 }, (_, i) => email({ to: [`r${i}@example.com`] }))
    assert.equal((await api("/emails/batch", { body: tooMany })).status, 422)
    const full = await api("/emails/batch", { body: tooMany.slice(0, 100) })
    assert.equal((await full.json()).data.length, 100)
  })

  test("an idempotency key replays the first answer and sends nothing twice; another payload under it is a 409", async () => {
    const batch = [email({ to: ["a@example.com"] }), email({ to: ["b@example.com"] })]
    const headers = { "idempotency-key": "campaign-1/batch-1" }
    const first = await (await api("/emails/batch", { body: batch, headers })).json()
    const again = await (await api("/emails/batch", { body: batch, headers })).json()
    assert.deepEqual(again, first)
    assert.equal((await messages()).length, 2)

    const other = await api("/emails/batch", { body: batch.slice(0, 1), headers })
    assert.equal(other.status, 409)
    assert.equal((await other.json()).name, "invalid_idempotent_request")
    const tooLong = await api("/emails", { body: email(), headers: { "idempotency-key": "k".repeat(257) } })
    assert.equal(tooLong.status, 400)
    assert.equal((await tooLong.json()).name, "invalid_idempotency_key")
  })

  test("allows 2 requests a second per key, then answers 429 with Retry-After", async () => {
    await settings({ rateLimit: 2 })
    const answers = await Promise.all([1, 2, 3].map(() => api("/emails", { body: email() })))
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 200, 429])
    const limited = answers.find((r) => r.status === 429)
    assert.equal(limited.headers.get("ratelimit-limit"), "2")
    assert.equal(limited.headers.get("retry-after"), "1")
    assert.equal((await limited.json()).name, "rate_limit_exceeded")
    assert.equal((await messages()).length, 2)
    await sleep(550)
    assert.equal((await api("/emails", { body: email() })).status, 200)
  })

  test("a hung answer keeps the emails; the retry under the same key gets the first answer", async () => {
    await fetch(`${base}/__inbox/faults`, { method: "POST", body: JSON.stringify({ hang: true }) })
    const headers = { "idempotency-key": "campaign-2/batch-1" }
    const batch = [email({ to: ["a@example.com"] })]
    const lost = await api("/emails/batch", { body: batch, headers, signal: AbortSignal.timeout(300) })
      .then(() => "answered")
      .catch(() => "no answer")
    assert.equal(lost, "no answer")
    const retried = await api("/emails/batch", { body: batch, headers })
    assert.equal(retried.status, 200)
    assert.equal((await messages()).length, 1)
    assert.equal((await (await fetch(`${base}/__inbox/stats`)).json()).idempotentReplays, 1)
  })

  test("raises Resend's events signed the Svix way, and tries a refused one again with the same svix-id", async () => {
    await api("/emails", { body: email({ tags: [{ name: "recipient", value: "42" }] }) })
    const [message] = await messages()
    hook.answers.push(500)
    const raised = await (await fetch(`${base}/__inbox/messages/${message.id}/events`, { method: "POST", body: JSON.stringify({ type: "bounced" }) })).json()
    assert.equal(raised.status, 500)
    await sleep(1300)
    assert.equal(hook.received.length, 2)
    const [first, second] = hook.received
    assert.equal(first.headers["svix-id"], second.headers["svix-id"])
    for (const { raw, headers } of hook.received) {
      const key = Buffer.from(SECRET.slice("whsec_".length), "base64")
      const expected = createHmac("sha256", key).update(`${headers["svix-id"]}.${headers["svix-timestamp"]}.${raw}`).digest("base64")
      assert.equal(headers["svix-signature"], `v1,${expected}`)
    }
    const event = JSON.parse(first.raw)
    assert.equal(event.type, "email.bounced")
    assert.equal(event.data.email_id, message.id)
    assert.deepEqual(event.data.tags, { recipient: "42" })
    assert.equal(event.data.bounce.type, "Permanent")
  })

  test("a click names a link; the page lists messages and shows one with its links, text and headers", async () => {
    await api("/emails", { body: email({ headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }) })
    const [message] = await messages()
    const noLink = await fetch(`${base}/__inbox/messages/${message.id}/events`, { method: "POST", body: JSON.stringify({ type: "clicked" }) })
    assert.equal(noLink.status, 422)
    const list = await (await fetch(`${base}/?to=reader@example.com`)).text()
    assert.match(list, new RegExp(`href="/messages/${message.id}"`))
    const page = await fetch(`${base}/messages/${message.id}`)
    assert.match(page.headers.get("content-security-policy"), /default-src 'none'/)
    const body = await page.text()
    assert.match(body, /<iframe [^>]*sandbox="allow-popups allow-popups-to-escape-sandbox"/)
    assert.match(body, /data-testid="inbox-link" href="https:\/\/books.test\/x\?a=1&amp;b=2"/)
    assert.match(body, /List-Unsubscribe-Post<\/th><td>List-Unsubscribe=One-Click/)
  })

  test("keeps an email's attachments, lists them on its page and hands each back as a download; refuses what Resend refuses", async () => {
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    const sent = await api("/emails", { body: email({ attachments: [{ filename: "event.ics", content: Buffer.from(ics).toString("base64"), content_type: "text/calendar" }] }) })
    assert.equal(sent.status, 200)
    const [message] = await messages()
    assert.deepEqual(message.attachments.map(({ filename, contentType, size }) => ({ filename, contentType, size })), [{ filename: "event.ics", contentType: "text/calendar", size: ics.length }])
    const page = await (await fetch(`${base}/messages/${message.id}`)).text()
    assert.match(page, new RegExp(`data-testid="inbox-attachment" href="/messages/${message.id}/attachments/0">event.ics</a> <small>text/calendar, ${ics.length} B`))
    const file = await fetch(`${base}/messages/${message.id}/attachments/0`)
    assert.equal(file.headers.get("content-type"), "text/calendar")
    assert.match(file.headers.get("content-disposition"), /^attachment; filename\*=UTF-8''event\.ics$/)
    assert.equal(await file.text(), ics)
    assert.equal((await fetch(`${base}/messages/${message.id}/attachments/1`)).status, 404)

    const notBase64 = await api("/emails", { body: email({ attachments: [{ filename: "x.ics", content: "not base64!" }] }) })
    assert.equal(notBase64.status, 422)
    assert.match((await notBase64.json()).message, /attachments\[0\]\.content/)
    const inBatch = await api("/emails/batch", { body: [email({ attachments: [] })] })
    assert.equal(inBatch.status, 422)
  })

  test("keeps messages in a JSON-lines file that a restarted inbox reads back", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "inbox-"))
    const file = path.join(dir, "messages.jsonl")
    try {
      const first = createInbox({ apiKey: KEY, rateLimit: 0, file })
      const port = await first.listen(0, "127.0.0.1")
      await fetch(`http://127.0.0.1:${port}/emails`, { method: "POST", headers: { authorization: `Bearer ${KEY}` }, body: JSON.stringify(email()) })
      await first.close()
      const second = createInbox({ apiKey: KEY, rateLimit: 0, file })
      assert.equal(second.store.list().length, 1)
      assert.equal(second.store.stats().accepted, 1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

test("reads an email's links as a mail client does, numeric character references included", () => {
  const html = `<a href="https://cms.test/api/unsubscribe?s=1&#38;t=x">Unsubscribe</a> <a href='https://a.test/?b=1&amp;c=2&#x26;d=3'>a</a> <a href="mailto:x@y.z">m</a>`
  assert.deepEqual(linksOf({ html }), ["https://cms.test/api/unsubscribe?s=1&t=x", "https://a.test/?b=1&c=2&d=3"])
})

// Fires the bad-input corpus (corpus.mjs) at the three apps and judges each
// answer: no 5xx, no dropped connection, the status an entry names, nothing an
// entry says must not leak. index.mjs runs it from the command line;
// e2e/tests/bad-input.spec.ts runs it in `npm test` against the e2e stack.
import net from "node:net"
import { corpus, HEALTH } from "./corpus.mjs"

export const DEFAULT_URLS = {
  storefront: process.env.E2E_STOREFRONT_URL || "http://localhost:8000",
  commerce: process.env.E2E_COMMERCE_URL || "http://localhost:9000",
  cms: process.env.E2E_CMS_URL || "http://localhost:3001",
}

/** The request line itself as bytes, over a socket: what fetch refuses to send. */
function sendRaw(base, target, timeoutMs) {
  const { hostname, port } = new URL(base)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port) || 80, hostname === "localhost" ? "127.0.0.1" : hostname)
    let answer = ""
    const done = (result) => {
      clearTimeout(timer)
      socket.destroy()
      resolve(result)
    }
    const timer = setTimeout(() => done({ error: `no answer in ${timeoutMs / 1000} s` }), timeoutMs)
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")))
    socket.on("end", () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1])
      done(status ? { status, body: answer } : { error: "connection closed without an HTTP answer" })
    })
    socket.on("error", (error) => done({ error: `dropped: ${error.code ?? error.message}` }))
    socket.write(Buffer.concat([Buffer.from("GET "), target, Buffer.from(` HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`)]))
  })
}

function bodyOf(entry) {
  if (entry.json !== undefined) return { body: JSON.stringify(entry.json), type: "application/json" }
  if (entry.text !== undefined) return { body: entry.text }
  if (entry.bytes !== undefined) return { body: entry.bytes }
  if (entry.multipart) {
    const form = new FormData()
    for (const [name, value] of Object.entries(entry.multipart)) {
      if (Array.isArray(value)) form.set(name, new Blob([value[2]], { type: value[1] }), value[0])
      else form.set(name, value)
    }
    return { body: form }
  }
  return {}
}

/** One entry, sent as written; `{pk}` in a header value becomes the publishable key. */
async function send(entry, urls, publishableKey, timeoutMs) {
  const base = urls[entry.app]
  if (entry.raw) return sendRaw(base, entry.raw, timeoutMs)
  const { body, type } = bodyOf(entry)
  const headers = Object.fromEntries(Object.entries(entry.headers ?? {}).map(([k, v]) => [k, v.replace("{pk}", publishableKey)]))
  if (type && !headers["content-type"]) headers["content-type"] = type
  try {
    const res = await fetch(`${base}${entry.path}`, {
      method: entry.method ?? "GET",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    })
    return { status: res.status, body: await res.text() }
  } catch (error) {
    if (error?.name === "TimeoutError") return { error: `no answer in ${timeoutMs / 1000} s` }
    return { error: `dropped: ${error?.cause?.code ?? error?.message ?? error}` }
  }
}

/** What is wrong with an answer, or null when it is fine. */
export function judge(entry, answer) {
  if (answer.error) return answer.error
  if (answer.status >= 500) return `answered ${answer.status}`
  if (entry.status && !entry.status.includes(answer.status)) return `answered ${answer.status}, expected ${entry.status.join(" or ")}`
  const leaked = (entry.leaks ?? []).find((text) => answer.body?.includes(text))
  return leaked ? `answered ${answer.status} with ${JSON.stringify(leaked)} in the body` : null
}

/** Each app's health endpoint: the names of those that do not answer 200. */
export async function unhealthy(urls, apps = Object.keys(HEALTH)) {
  const sick = []
  for (const app of apps) {
    const res = await fetch(`${urls[app]}${HEALTH[app]}`, { signal: AbortSignal.timeout(30_000) }).catch(() => null)
    if (res?.status !== 200) sick.push(`${app} (${res ? res.status : "no answer"})`)
  }
  return sick
}

/**
 * Runs the entries of the given apps in order and resolves with every answer
 * and the failures among them. Commerce's publishable key is fetched first, so
 * /store entries reach the route they aim at rather than stopping at the key check.
 */
export async function runCorpus({ urls = DEFAULT_URLS, apps = ["commerce", "cms", "storefront"], entries = corpus, timeoutMs = 60_000, log = () => {} } = {}) {
  const keyAnswer = await fetch(`${urls.commerce}/storefront/publishable-key`, { signal: AbortSignal.timeout(30_000) }).catch(() => null)
  const publishableKey = keyAnswer?.ok ? (await keyAnswer.json()).publishable_key : "pk_unknown"
  const results = []
  for (const entry of entries.filter((e) => apps.includes(e.app))) {
    const answer = await send(entry, urls, publishableKey, timeoutMs)
    const problem = judge(entry, answer)
    results.push({ app: entry.app, name: entry.name, status: answer.status ?? null, problem })
    log(`${problem ? "FAIL" : "ok  "} ${entry.app.padEnd(10)} ${String(answer.status ?? "---")} ${entry.name}${problem ? `: ${problem}` : ""}`)
  }
  return { results, failures: results.filter((r) => r.problem) }
}

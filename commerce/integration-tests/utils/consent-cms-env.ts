import http from "node:http"
import { freePortSync } from "./paystack-simulator"

/**
 * Import first (after the simulator's env) in a spec of marketing email: the
 * cms that owns marketing consent is a small local server speaking the cms's
 * /api/marketing-consent protocol (opt-out, opt-in, opted-out), so a spec can
 * say who opted out at the cms, read what commerce told it, or take it down.
 * commerce's env is read once, by the first application import.
 */
export const CONSENT_CMS_PORT = freePortSync()
export const CONSENT_CMS_API_KEY = "consent-spec-commerce-key"
process.env.CMS_URL = `http://127.0.0.1:${CONSENT_CMS_PORT}`
process.env.CMS_API_KEY = CONSENT_CMS_API_KEY

export type FakeConsentCms = {
  /** Addresses (lower-case) the cms holds as opted out. */
  optedOut: Set<string>
  /** Every call, in order: which endpoint, and its JSON body. */
  calls: { path: string; body: any }[]
  /** Answer every call with this status (503: "down"), or null to answer normally. */
  failWith: number | null
  stop: () => Promise<void>
}

export async function startFakeConsentCms(): Promise<FakeConsentCms> {
  const cms: FakeConsentCms = { optedOut: new Set(), calls: [], failWith: null, stop: async () => undefined }
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const reply = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body))
      const path = (req.url ?? "").replace(/^\/api\/marketing-consent\//, "")
      if (req.headers.authorization !== `users API-Key ${CONSENT_CMS_API_KEY}`) return reply(401, { errors: [{ message: "no key" }] })
      const body = raw ? JSON.parse(raw) : {}
      cms.calls.push({ path, body })
      if (cms.failWith) return reply(cms.failWith, { errors: [{ message: "down" }] })
      if (req.method !== "POST") return reply(405, {})
      if (path === "opt-out") {
        cms.optedOut.add(String(body.email).toLowerCase())
        return reply(200, { email: body.email, opted_out: true })
      }
      if (path === "opt-in") {
        cms.optedOut.delete(String(body.email).toLowerCase())
        return reply(200, { email: body.email, opted_out: false })
      }
      if (path === "opted-out") {
        return reply(200, { opted_out: (body.emails as string[]).filter((e) => cms.optedOut.has(e.toLowerCase())) })
      }
      reply(404, {})
    })
  })
  await new Promise<void>((resolve) => server.listen(CONSENT_CMS_PORT, "127.0.0.1", resolve))
  cms.stop = () => new Promise((resolve) => server.close(() => resolve()))
  return cms
}

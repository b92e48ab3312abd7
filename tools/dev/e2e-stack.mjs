#!/usr/bin/env node
// The stack the browser journeys run against: the three apps' production
// builds on ports of their own (so it can run beside `npm run dev`), on
// databases made afresh, with the Paystack and Flutterwave simulators and, with
// E2E_INBOX_PORT, the local inbox the cms sends its email to. Started by Playwright's
// webServer (e2e/playwright.config.ts), which passes the ports and secrets.
//
// It always runs its own embedded PostgreSQL (.data/postgres-e2e, port 54332),
// even when DATABASE_URL names a server: the fault journeys restart it, and
// under `npm test` that server also serves the other suites.
//
// With E2E_CONTROL_PORT, a control server on 127.0.0.1 lets the journeys stop,
// start and restart one process (postgres, commerce, cms, storefront):
//   GET  /processes                                    → { postgres: "running", ... }
//   POST /processes/<name>/stop|start|restart  { signal? }  → the same, once done
//
//   E2E_SKIP_BUILD=1   reuse the last production builds
import http from "node:http"
import { startFlutterwaveSimulator } from "../flutterwave/index.mjs"
import { startInbox } from "../inbox/index.mjs"
import { startOidcProvider } from "../oidc/index.mjs"
import { RESEND_WEBHOOK_PATH } from "./inbox.mjs"
import { say } from "./processes.mjs"
import { buildApps, productionEnv } from "./production.mjs"
import { CONTROLLED, startStack, urlsFor } from "./stack.mjs"

const required = (name) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: start this through e2e/playwright.config.ts`)
  return value
}

const ports = {
  storefront: Number(required("E2E_STOREFRONT_PORT")),
  commerce: Number(required("E2E_COMMERCE_PORT")),
  cms: Number(required("E2E_CMS_PORT")),
  paystack: Number(required("E2E_PAYSTACK_PORT")),
}
const flutterwavePort = Number(required("E2E_FLUTTERWAVE_PORT"))
const urls = urlsFor(ports)
const secrets = JSON.parse(required("E2E_SECRETS"))
// Sign in with Google against the local OpenID provider, over https: a production build refuses an http issuer.
const googlePort = Number(process.env.E2E_GOOGLE_PORT ?? 9313)
const googleClient = { clientId: "e2e-google-client", clientSecret: `e2e-${secrets.jwt.slice(0, 32)}` }
const googleEnv = { GOOGLE_CLIENT_ID: googleClient.clientId }
// The cms's email (newsletter confirmations, campaigns) goes to the local inbox; commerce keeps its log-only provider.
const inboxPort = process.env.E2E_INBOX_PORT ? Number(process.env.E2E_INBOX_PORT) : null
const inboxSettings = { apiKey: `re_e2e_${secrets.payload.slice(0, 24)}`, webhookSecret: `whsec_${Buffer.from(secrets.payload).toString("base64")}` }
const cmsEmail = inboxPort
  ? {
      RESEND_API_KEY: inboxSettings.apiKey,
      RESEND_BASE_URL: `http://localhost:${inboxPort}`,
      RESEND_FROM: "Adaeze Okafor <letters@books.example>",
      RESEND_WEBHOOK_SECRET: inboxSettings.webhookSecret,
    }
  : {}
const env = productionEnv({
  urls,
  paystackUrl: `http://localhost:${ports.paystack}`,
  secrets,
  // Reset links, Paystack's return and certificate URLs point at this storefront.
  commerce: {
    STOREFRONT_PUBLIC_URL: urls.storefront,
    MEDUSA_PUBLIC_URL: urls.commerce,
    // Flutterwave beside Paystack, on its simulator (production refuses the simulator's own key and hash).
    FLUTTERWAVE_SECRET_KEY: secrets.flutterwaveKey,
    FLUTTERWAVE_SECRET_HASH: secrets.flutterwaveHash,
    FLUTTERWAVE_API_URL: `http://localhost:${flutterwavePort}`,
    ...googleEnv,
    GOOGLE_CLIENT_SECRET: googleClient.clientSecret,
    GOOGLE_ISSUER_URL: `https://localhost:${googlePort}`,
  },
  cms: { STOREFRONT_PUBLIC_URL: urls.storefront, ...cmsEmail },
  storefront: { NEXT_PUBLIC_BASE_URL: urls.storefront, ...googleEnv },
})

/** The control server: one change per request, answered once it is done. */
function serveControl(port, control) {
  const SIGNALS = new Set(["SIGTERM", "SIGINT", "SIGKILL", "SIGQUIT"])
  const answer = (res, status, body) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body))
  const server = http.createServer(async (req, res) => {
    const [, root, name, action] = new URL(req.url, "http://control").pathname.split("/")
    if (root !== "processes") return answer(res, 404, { error: "not found" })
    if (req.method === "GET" && !name) return answer(res, 200, control.state())
    let body = ""
    for await (const chunk of req) body += chunk
    let signal
    try {
      signal = body ? JSON.parse(body).signal : undefined
    } catch {
      return answer(res, 400, { error: "the body must be JSON: { signal }" })
    }
    if (req.method !== "POST" || !Object.hasOwn(CONTROLLED, name) || !["stop", "start", "restart"].includes(action)) {
      return answer(res, 404, { error: `POST /processes/<${Object.keys(CONTROLLED).join("|")}>/<stop|start|restart>` })
    }
    if (signal !== undefined && !SIGNALS.has(signal)) return answer(res, 400, { error: `signal must be one of ${[...SIGNALS].join(", ")}` })
    try {
      await (action === "start" ? control.start(name) : control[action](name, signal))
      answer(res, 200, control.state())
    } catch (error) {
      say("stack", `control: ${action} ${name} failed: ${error.message}`)
      answer(res, 500, { error: error.message, state: control.state() })
    }
  })
  // Starting commerce on a loaded machine can take minutes: no request timeout.
  server.requestTimeout = 0
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () => resolve(server))
  })
}

let stack
let controlServer
let flutterwave
let inbox
let google
let exiting = false
async function exit(code) {
  if (exiting) return
  exiting = true
  controlServer?.close()
  await stack?.shutdown()
  await flutterwave?.close()
  await inbox?.close()
  await google?.close()
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => exit(0))

const started = Date.now()
try {
  if (process.env.E2E_SKIP_BUILD !== "1") await buildApps(env, urls)
  delete process.env.DATABASE_URL
  flutterwave = await startFlutterwaveSimulator({
    port: flutterwavePort,
    secretKey: secrets.flutterwaveKey,
    secretHash: secrets.flutterwaveHash,
    webhookUrl: `${urls.commerce}/hooks/payment/flutterwave_flutterwave`,
    log: (m) => say("flutterwave", m),
  })
  if (inboxPort) {
    inbox = await startInbox({ port: inboxPort, ...inboxSettings, webhookUrl: `${urls.cms}${RESEND_WEBHOOK_PATH}`, file: null, log: (m) => say("inbox", m) })
  }
  google = await startOidcProvider({ port: googlePort, ...googleClient, redirectUris: [`${urls.storefront}/auth/google/callback`], https: true, log: (m) => say("oidc", m) })
  // Commerce trusts the provider's self-signed certificate, and only it.
  env.commerce.NODE_EXTRA_CA_CERTS = google.caFile
  stack = await startStack({
    mode: "start",
    dbPrefix: "e2e_",
    freshDatabases: true,
    ports,
    env,
    postgres: { dataDir: ".data/postgres-e2e", port: 54332 },
  })
  if (process.env.E2E_CONTROL_PORT) controlServer = await serveControl(Number(process.env.E2E_CONTROL_PORT), stack.control)
  say("stack", `e2e stack (production builds) ready in ${Math.round((Date.now() - started) / 1000)} s at ${urls.storefront}`)
} catch (error) {
  say("stack", `could not start: ${error.stack ?? error.message}`)
  await exit(1)
}

#!/usr/bin/env node
// `npm run dev`: the whole platform on one machine, with no accounts needed.
import { startFlutterwaveSimulator } from "../flutterwave/index.mjs"
import { googleClientConfigured, startDevGoogle } from "./google.mjs"
import { resendKeyConfigured, startDevInbox } from "./inbox.mjs"
import { say } from "./processes.mjs"
import { ROOT, startStack, URLS } from "./stack.mjs"

const started = Date.now()
const mode = process.argv.includes("--start") ? "start" : "dev"
// The browser tests run the same stack on databases of their own, made afresh.
const dbPrefix = process.env.STACK_DB_PREFIX ?? ""
const freshDatabases = process.env.STACK_FRESH_DATABASES === "true"

let stack
let flutterwave = null
let inbox = null
let google = null
let exiting = false
async function exit(code) {
  if (exiting) return
  exiting = true
  say("stack", "stopping…")
  await stack?.shutdown()
  await flutterwave?.close()
  await inbox?.close()
  await google?.close()
  say("stack", "stopped")
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => exit(0))

try {
  // Without a Flutterwave key, commerce's Flutterwave payments go to the simulator (tools/flutterwave).
  if (!process.env.FLUTTERWAVE_SECRET_KEY) {
    flutterwave = await startFlutterwaveSimulator({ webhookUrl: `${URLS.commerce}/hooks/payment/flutterwave_flutterwave`, log: (m) => say("flutterwave", m) })
  }
  // Without a Resend key, commerce's and the cms's email goes to the local inbox (tools/inbox).
  let env = {}
  if (!resendKeyConfigured(ROOT)) {
    const dev = await startDevInbox({ cmsUrl: URLS.cms, log: (m) => say("inbox", m) })
    inbox = dev.inbox
    env = dev.env
  }
  // Without a Google client id, "Continue with Google" signs in at the local OpenID provider (tools/oidc).
  if (!googleClientConfigured(ROOT)) google = await startDevGoogle({ storefrontUrl: URLS.storefront, log: (m) => say("oidc", m) })
  stack = await startStack({ mode, dbPrefix, freshDatabases, env })
} catch (error) {
  say("stack", `could not start: ${error.message}`)
  await flutterwave?.close()
  await inbox?.close()
  await google?.close()
  process.exit(1)
}

const seconds = ((Date.now() - started) / 1000).toFixed(0)
console.log(`
  Ready in ${seconds} s.

  Storefront      ${URLS.storefront}
  Medusa admin    ${URLS.commerce}/app     admin@example.com / supersecret
  Payload admin   ${URLS.cms}/admin     editor@example.com / supersecret
  Demo shopper    reader@example.com / supersecret   (a Medusa customer)
  Commerce API    ${URLS.commerce}   (health: /health)
  CMS API         ${URLS.cms}/api   (health: /api/health)
  Paystack        ${stack.paystack ? `${stack.paystack.url}   (simulator: no PAYSTACK_SECRET_KEY set)` : "api.paystack.co (PAYSTACK_SECRET_KEY is set)"}
  Email inbox     ${inbox ? `${inbox.url}   (every email sent: no RESEND_API_KEY set)` : "api.resend.com (RESEND_API_KEY is set)"}
  Google sign-in  ${google ? `${google.url}   (local OpenID provider: no GOOGLE_CLIENT_ID set)` : "accounts.google.com (GOOGLE_CLIENT_ID is set)"}
  Flutterwave     ${flutterwave ? `${flutterwave.url}   (simulator: no FLUTTERWAVE_SECRET_KEY set)` : "api.flutterwave.com (FLUTTERWAVE_SECRET_KEY is set)"}

  Demo logins are for development only. Press Ctrl-C to stop everything.
`)

#!/usr/bin/env node
// The stack the browser journeys run against: the three apps' production
// builds on ports of their own (so it can run beside `npm run dev`), on
// databases made afresh, with the Paystack simulator. Started by Playwright's
// webServer (e2e/playwright.config.ts), which passes the ports and secrets.
//
//   E2E_SKIP_BUILD=1   reuse the last production builds
import { say } from "./processes.mjs"
import { buildApps, productionEnv } from "./production.mjs"
import { startStack, urlsFor } from "./stack.mjs"

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
const urls = urlsFor(ports)
const secrets = JSON.parse(required("E2E_SECRETS"))
const env = productionEnv({
  urls,
  paystackUrl: `http://localhost:${ports.paystack}`,
  secrets,
  // Reset links, Paystack's return and certificate URLs point at this storefront.
  commerce: { STOREFRONT_PUBLIC_URL: urls.storefront, MEDUSA_PUBLIC_URL: urls.commerce },
  cms: { STOREFRONT_PUBLIC_URL: urls.storefront },
  storefront: { NEXT_PUBLIC_BASE_URL: urls.storefront },
})

let stack
let exiting = false
async function exit(code) {
  if (exiting) return
  exiting = true
  await stack?.shutdown()
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => exit(0))

const started = Date.now()
try {
  if (process.env.E2E_SKIP_BUILD !== "1") await buildApps(env, urls)
  stack = await startStack({
    mode: "start",
    dbPrefix: "e2e_",
    freshDatabases: true,
    ports,
    env,
    // Its own embedded server when run alone (`npm test` passes DATABASE_URL).
    postgres: { dataDir: ".data/postgres-e2e", port: 54332 },
  })
  say("stack", `e2e stack (production builds) ready in ${Math.round((Date.now() - started) / 1000)} s at ${urls.storefront}`)
} catch (error) {
  say("stack", `could not start: ${error.stack ?? error.message}`)
  await exit(1)
}

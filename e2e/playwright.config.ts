import { createHash } from "node:crypto"
import { defineConfig } from "@playwright/test"

const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium"

/**
 * Two targets:
 * - default: the three apps' production builds (built first unless E2E_SKIP_BUILD=1),
 *   on ports of their own so `npm run dev` can keep running, on databases made afresh;
 * - E2E_TARGET=dev: the dev stack on 8000/9000/3001 (`next dev`), reused when it is
 *   already running, for quick iteration on a journey.
 */
const dev = process.env.E2E_TARGET === "dev"
const ports = dev
  ? { storefront: 8000, commerce: 9000, cms: 3001, paystack: 9100, flutterwave: 9101, inbox: 9102 }
  : { storefront: 8300, commerce: 9300, cms: 3301, paystack: 9310, flutterwave: 9311, inbox: 9312 }
// The e2e stack's control server (stop, start, restart one process: the fault journeys).
const controlPort = 9320

// Fixed per checkout (workers load this file too, so random values would differ):
// production refuses short or development secrets, and the journeys need the preview one.
const secret = (role: string) => createHash("sha256").update(`e2e:${role}:${__dirname}`).digest("hex")
const secrets = Object.fromEntries(
  ["jwt", "cookie", "ebookUrl", "emailVerification", "revalidate", "preview", "payload", "storefrontApiKey", "previewApiKey", "commerceCmsApiKey"].map((role) => [role, secret(role)])
)
secrets.paystackKey = `sk_test_${secret("paystack")}`
secrets.flutterwaveKey = `FLWSECK_TEST-${secret("flutterwave")}`
secrets.flutterwaveHash = secret("flutterwaveHash")

const url = (port: number) => `http://localhost:${port}`
Object.assign(process.env, {
  E2E_STOREFRONT_URL: url(ports.storefront),
  E2E_COMMERCE_URL: url(ports.commerce),
  E2E_CMS_URL: url(ports.cms),
  E2E_PAYSTACK_URL: url(ports.paystack),
  E2E_FLUTTERWAVE_URL: url(ports.flutterwave),
  E2E_INBOX_URL: url(ports.inbox),
  ...(dev
    ? {}
    : {
        E2E_SECRETS: JSON.stringify(secrets),
        E2E_CONTROL_URL: `http://127.0.0.1:${controlPort}`,
        // The e2e stack's own embedded PostgreSQL (it restarts it in the fault journeys).
        E2E_COMMERCE_DATABASE_URL: "postgres://postgres:postgres@localhost:54332/e2e_commerce",
      }),
})

const stackEnv: Record<string, string> = dev
  ? { STACK_DB_PREFIX: "e2e_", STACK_FRESH_DATABASES: "true" }
  : {
      E2E_STOREFRONT_PORT: String(ports.storefront),
      E2E_COMMERCE_PORT: String(ports.commerce),
      E2E_CMS_PORT: String(ports.cms),
      E2E_PAYSTACK_PORT: String(ports.paystack),
      E2E_FLUTTERWAVE_PORT: String(ports.flutterwave),
      E2E_INBOX_PORT: String(ports.inbox),
      E2E_SECRETS: JSON.stringify(secrets),
      E2E_CONTROL_PORT: String(controlPort),
    }

export default defineConfig({
  testDir: "./tests",
  globalSetup: "./global-setup.ts",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // One retry on CI only: a 2-core CI machine is sometimes busy enough to push a timed
  // journey past its limit. A retried pass is reported as "flaky", never hidden.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: url(ports.storefront),
    // Recording a trace for every journey costs CPU a 2-core CI machine needs for the
    // stack; there it is recorded for the retry of a failed journey only.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      // As root Chromium needs --no-sandbox; the rest keep it off the network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: dev ? "node ../tools/dev/index.mjs" : "node ../tools/dev/e2e-stack.mjs",
    url: `${url(ports.storefront)}/api/health`,
    // Building the three apps takes about 5 minutes on 2 cores, starting them one more.
    timeout: 20 * 60_000,
    reuseExistingServer: !process.env.CI,
    env: stackEnv,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
})

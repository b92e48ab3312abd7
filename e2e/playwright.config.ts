import { defineConfig } from "@playwright/test"

const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium"

// The whole stack, started by the same launcher as `npm run dev`, on databases
// of its own (e2e_commerce, e2e_cms) made afresh on the test PostgreSQL server.
const stackEnv: Record<string, string> = {
  STACK_DB_PREFIX: "e2e_",
  STACK_FRESH_DATABASES: "true",
}
const serverUrl = process.env.DATABASE_URL || process.env.PG_SERVER_URL
if (serverUrl) stackEnv.DATABASE_URL = serverUrl

export default defineConfig({
  testDir: "./tests",
  globalSetup: "./global-setup.ts",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // One retry on CI only: `next dev` compiles on first use, and a 2-core CI machine is
  // sometimes busy enough to push a timed journey past its limit. A retried pass is
  // reported as "flaky" in the summary, never hidden.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: "http://localhost:8000",
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
    command: "node ../tools/dev/index.mjs",
    url: "http://localhost:8000/api/health",
    timeout: 15 * 60_000,
    reuseExistingServer: !process.env.CI,
    env: stackEnv,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
})

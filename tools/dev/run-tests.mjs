#!/usr/bin/env node
// `npm test`: PostgreSQL for the suites (embedded unless DATABASE_URL is set),
// then every workspace's `test` task through turbo, one at a time (2 cores).
import { spawn } from "node:child_process"
import path from "node:path"
import { startPostgres } from "./postgres.mjs"
import { say } from "./processes.mjs"
import { ROOT } from "./stack.mjs"

// A separate data folder and port: `npm test` never touches the dev data and
// can run while `npm run dev` is stopped without a clash over 54329.
const postgres = await startPostgres({
  root: ROOT,
  dataDir: ".data/postgres-test",
  port: 54330,
  log: (m) => say("stack", m),
})

const turbo = path.join(ROOT, "node_modules", ".bin", "turbo")
const args = ["run", "test", "--concurrency=1", "--continue", ...process.argv.slice(2)]
const child = spawn(turbo, args, {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, PG_SERVER_URL: postgres.serverUrl },
})

const stop = async (code) => {
  await postgres.stop()
  process.exit(code)
}
process.on("SIGINT", () => child.kill("SIGINT"))
process.on("SIGTERM", () => child.kill("SIGTERM"))
child.on("exit", (code, signal) => stop(code ?? (signal ? 1 : 0)))

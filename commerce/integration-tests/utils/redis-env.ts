import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { freePortSync } from "./paystack-simulator"

/**
 * Import this first in a spec that runs commerce on Redis: it starts the
 * machine's redis-server on a free port and sets REDIS_URL before
 * medusa-config is read (the event bus, workflow engine, cache and locking
 * then run on it). Redis persists as docker-compose runs it (append-only
 * file), in a folder of its own.
 *
 * Without a redis-server binary, REDIS_SERVER is null and the spec skips
 * itself, saying so (`apt-get install redis-server`).
 */
function findRedisServer(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"]).toString().trim() || null
  } catch {
    return null
  }
}

export const REDIS_SERVER = findRedisServer()
/** Payment webhooks wait this long in Redis before they are processed, so a spec can crash Redis while some are queued. */
export const WEBHOOK_DELAY_MS = 5_000
process.env.PAYMENT_WEBHOOK_DELAY_MS = String(WEBHOOK_DELAY_MS)
export const REDIS_PORT = freePortSync()
const dir = mkdtempSync(path.join(os.tmpdir(), "commerce-redis-"))
if (REDIS_SERVER) process.env.REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`

let redis: ChildProcess | null = null

const accepts = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: REDIS_PORT })
    socket.once("connect", () => socket.end(() => resolve(true)))
    socket.once("error", () => resolve(false))
  })

/** Starts redis-server on REDIS_PORT (the same data folder every time) and resolves once it accepts connections. */
export async function startRedis(): Promise<void> {
  if (!REDIS_SERVER) throw new Error("redis-server is not installed")
  const child = spawn(REDIS_SERVER, ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--save", ""], {
    stdio: "ignore",
  })
  redis = child
  for (let i = 0; i < 100 && !(await accepts()); i++) await new Promise((r) => setTimeout(r, 50))
}

/** Stops Redis with `signal` (SIGKILL: a crash) and resolves once it has exited. */
export async function stopRedis(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  const child = redis
  redis = null
  if (!child || child.exitCode !== null) return
  await new Promise((resolve) => {
    child.once("exit", resolve)
    child.kill(signal)
  })
}

/** Stops Redis and removes its data folder (afterAll). */
export async function removeRedis(): Promise<void> {
  await stopRedis("SIGKILL")
  rmSync(dir, { recursive: true, force: true })
}

// Medusa connects to Redis while the test runner boots the app, before any hook of the spec runs.
if (REDIS_SERVER) void startRedis()

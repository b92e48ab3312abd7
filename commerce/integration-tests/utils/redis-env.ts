import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePortSync } from "./paystack-simulator"
import { findRedisServer, localRedis } from "./redis-server"

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
export const REDIS_SERVER = findRedisServer()
/** Payment webhooks wait this long in Redis before they are processed, so a spec can crash Redis while some are queued. */
export const WEBHOOK_DELAY_MS = 5_000
process.env.PAYMENT_WEBHOOK_DELAY_MS = String(WEBHOOK_DELAY_MS)
export const REDIS_PORT = freePortSync()
const dir = mkdtempSync(path.join(os.tmpdir(), "commerce-redis-"))
const redis = REDIS_SERVER ? localRedis(REDIS_SERVER, REDIS_PORT, ["--dir", dir, "--appendonly", "yes", "--save", ""]) : null
if (redis) process.env.REDIS_URL = redis.url

/** Starts redis-server on REDIS_PORT (the same data folder every time) and resolves once it accepts connections. */
export async function startRedis(): Promise<void> {
  if (!redis) throw new Error("redis-server is not installed")
  await redis.start()
}

/** Stops Redis with `signal` (SIGKILL: a crash) and resolves once it has exited. */
export const stopRedis = (signal: NodeJS.Signals = "SIGTERM"): Promise<void> => redis?.stop(signal) ?? Promise.resolve()

/** Stops Redis and removes its data folder (afterAll). */
export async function removeRedis(): Promise<void> {
  await stopRedis("SIGKILL")
  rmSync(dir, { recursive: true, force: true })
}

// Medusa connects to Redis while the test runner boots the app, before any hook of the spec runs.
if (REDIS_SERVER) void startRedis()

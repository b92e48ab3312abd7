import { execFileSync } from "node:child_process"
import { freePortSync } from "./paystack-simulator"
import { findRedisServer, localRedis } from "./redis-server"

/**
 * Import this first in the multi-process spec. Commerce runs there as the
 * production profile runs it — a worker and two servers on Redis — and this
 * process loads the same app without serving (as `medusa exec` does) to seed
 * and to read what the servers wrote. Redis: REDIS_URL when it answers, else a
 * redis-server of the spec's own on a free port, else none (NO_REDIS says why
 * and the spec skips itself, saying so).
 */
const reachable = (url: string) => {
  const { hostname, port } = new URL(url)
  const probe = `require("net").connect({host:${JSON.stringify(hostname)},port:${Number(port || 6379)}}).on("connect",()=>process.exit(0)).on("error",()=>process.exit(1))`
  try {
    execFileSync(process.execPath, ["-e", probe], { timeout: 3000, stdio: "ignore" })
    return true
  } catch {
    return false
  }
}

const given = process.env.REDIS_URL
const givenAnswers = !!given && reachable(given)
const binary = givenAnswers ? null : findRedisServer()
/** A redis-server started for this spec, or null when REDIS_URL's is used (or there is none). */
export const OWN_REDIS = binary ? localRedis(binary, freePortSync(), ["--save", "", "--appendonly", "no"]) : null
export const REDIS_URL = givenAnswers ? given! : (OWN_REDIS?.url ?? null)
export const NO_REDIS = REDIS_URL
  ? null
  : `${given ? `REDIS_URL (${given}) does not answer` : "REDIS_URL is not set"} and redis-server is not installed (apt-get install redis-server)`

export const COMMERCE_PORT = freePortSync()
export const COMMERCE_WORKER_PORT = freePortSync()
export const COMMERCE_SERVERS = 2
/** The database the run makes afresh on the test PostgreSQL (PG_SERVER_URL), and drops after. */
export const DATABASE = `multiprocess_commerce_${process.pid}`

const server = new URL(process.env.PG_SERVER_URL ?? "postgres://postgres@localhost:5432")
server.pathname = `/${DATABASE}`
process.env.DATABASE_URL = server.toString()
if (REDIS_URL) process.env.REDIS_URL = REDIS_URL
// This process seeds and reads; the worker alone runs subscribers, jobs and background steps.
process.env.MEDUSA_WORKER_MODE = "server"

// The production profile's settings (`npm run start`): ports, how many
// commerce servers, Redis, and the secrets each app demands in production.
// Pure functions of the environment and the command line, so they are tested
// without starting anything (profile.test.mjs).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"

/** Where `--local` keeps the secrets it generated for this machine (.data/ is gitignored). */
export const LOCAL_SECRETS_FILE = ".data/start/secrets.json"

/** The embedded PostgreSQL of the profile: its own data, so the dev stack's databases (seeded with development keys) stay apart. */
export const EMBEDDED_POSTGRES = { dataDir: ".data/postgres-start", port: 54333 }

/**
 * What production needs from the operator, per app, and what each is for.
 * `RESEND_API_KEY` may be replaced by `ALLOW_LOG_EMAIL=true` (commerce says why).
 */
export const REQUIRED = [
  ["JWT_SECRET", "commerce: signs shoppers' and staff's tokens"],
  ["COOKIE_SECRET", "commerce: signs the admin's session cookie"],
  ["EBOOK_URL_SECRET", "commerce: signs ebook download and guest order links"],
  ["EMAIL_VERIFICATION_SECRET", "commerce: signs email verification links"],
  ["PAYSTACK_SECRET_KEY", "commerce: Paystack secret key (sk_live_… or sk_test_…)"],
  ["REVALIDATE_SECRET", "commerce, cms and storefront: storefront cache invalidation"],
  ["PAYLOAD_SECRET", "cms: Payload's signing secret"],
  ["PREVIEW_SECRET", "cms and storefront: signs the admin's Preview links"],
  ["CMS_API_KEY", "storefront: API key of the cms `storefront` account"],
  ["CMS_PREVIEW_API_KEY", "storefront: API key of the cms `preview` account"],
]

export class ProfileError extends Error {}

const PORT_VARS = { storefront: "STOREFRONT_PORT", commerce: "COMMERCE_PORT", cms: "CMS_PORT", commerceWorker: "COMMERCE_WORKER_PORT" }

const positiveInt = (name, value, problems) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    problems.push(`${name} must be a whole number of 1 or more (got "${value}")`)
    return undefined
  }
  return Number(value)
}

const port = (name, value, fallback, problems) => {
  if (value === undefined || value === "") return fallback
  const n = positiveInt(name, value, problems)
  if (n !== undefined && n > 65535) problems.push(`${name} must be a port number up to 65535 (got "${value}")`)
  return n
}

/**
 * Reads the profile from `env` and `argv`:
 * - ports: STOREFRONT_PORT (8000), COMMERCE_PORT (9000), CMS_PORT (3001), and
 *   COMMERCE_WORKER_PORT (COMMERCE_PORT + 1), where the worker answers /health;
 * - COMMERCE_SERVERS: server processes behind COMMERCE_PORT (default `cpus`),
 *   only with REDIS_URL: without it commerce is one process in shared mode;
 * - `--local`: try the profile on this machine with generated secrets.
 * Throws a ProfileError naming every problem at once.
 */
export function readProfile({ env = process.env, argv = [], cpus = 1 } = {}) {
  const problems = []
  const unknown = argv.filter((a) => a !== "--local")
  if (unknown.length) problems.push(`unknown argument ${unknown.join(" ")} (the only one is --local)`)
  const commerce = port("COMMERCE_PORT", env.COMMERCE_PORT, 9000, problems)
  const ports = {
    storefront: port("STOREFRONT_PORT", env.STOREFRONT_PORT, 8000, problems),
    commerce,
    cms: port("CMS_PORT", env.CMS_PORT, 3001, problems),
    commerceWorker: port("COMMERCE_WORKER_PORT", env.COMMERCE_WORKER_PORT, (commerce ?? 9000) + 1, problems),
  }
  const taken = Object.entries(ports).filter(([, p]) => p !== undefined)
  taken.forEach(([name, p], i) => {
    const earlier = taken.slice(0, i).find(([, q]) => q === p)
    if (earlier) problems.push(`${PORT_VARS[earlier[0]]} and ${PORT_VARS[name]} are both ${p}`)
  })
  const redisUrl = env.REDIS_URL || undefined
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push(`REDIS_URL must be a redis:// or rediss:// URL (got "${redisUrl}")`)
  const askedServers = env.COMMERCE_SERVERS ? positiveInt("COMMERCE_SERVERS", env.COMMERCE_SERVERS, problems) : undefined
  if (problems.length) throw new ProfileError(`npm run start: cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}`)

  const notes = []
  let commerceServers = askedServers ?? Math.max(1, cpus)
  let split = true
  if (!redisUrl) {
    split = false
    commerceServers = 1
    notes.push(
      `REDIS_URL is not set: commerce runs as ONE process in shared mode (HTTP and background work together)` +
        `${askedServers && askedServers > 1 ? `, not the ${askedServers} servers COMMERCE_SERVERS asks for` : ""}. ` +
        `Without Redis, Medusa's event bus, locks and workflow engine live in each process's memory: an event emitted ` +
        `by one process never reaches another's subscribers, and a lock taken by one does not stop another. ` +
        `Set REDIS_URL for a worker and several servers.`
    )
  }
  return {
    local: argv.includes("--local"),
    ports,
    redisUrl,
    databaseUrl: env.DATABASE_URL || undefined,
    commerce: { split, servers: commerceServers },
    notes,
  }
}

/** The required variables `env` lacks (an empty value counts as missing). */
export function missingSecrets(env) {
  const missing = REQUIRED.filter(([name]) => !env[name])
  if (!env.RESEND_API_KEY && env.ALLOW_LOG_EMAIL !== "true") {
    missing.push(["RESEND_API_KEY", "commerce: sends shop email (or ALLOW_LOG_EMAIL=true to write every email, reset links included, to the log)"])
  }
  return missing
}

/** The message `npm run start` refuses with when secrets are missing. */
export function refusal(missing) {
  const width = Math.max(...missing.map(([name]) => name.length))
  return [
    "npm run start: production needs these variables, and they are not set:",
    ...missing.map(([name, why]) => `  ${name.padEnd(width)}  ${why}`),
    "",
    "Set them in the environment or in .env at the repository root (the file docker compose reads too; see README, Production).",
    `To try the profile on this machine instead: npm run start -- --local (generates secrets once into ${LOCAL_SECRETS_FILE},`,
    "uses the Paystack simulator, writes emails to the log and seeds the demo data: never for a real shop).",
  ].join("\n")
}

/**
 * Reads KEY=value lines (the subset of dotenv that compose also reads: no
 * interpolation); values already in `env` win, as with compose.
 */
export function withEnvFile(env, file) {
  if (!existsSync(file)) return env
  const fromFile = {}
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line)
    if (!match || line.trimStart().startsWith("#")) continue
    let value = match[2]
    const quoted = /^(['"])(.*)\1$/.exec(value)
    value = quoted ? quoted[2] : value.replace(/\s+#.*$/, "")
    fromFile[match[1]] = value
  }
  return { ...fromFile, ...env }
}

/** The `--local` secrets of this machine: made once, then read back (mode 600). */
export function localSecrets(root, generate) {
  const file = path.join(root, LOCAL_SECRETS_FILE)
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"))
  mkdirSync(path.dirname(file), { recursive: true })
  const secrets = generate()
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  return secrets
}

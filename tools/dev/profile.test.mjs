import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { LOCAL_SECRETS_FILE, localSecrets, missingSecrets, ProfileError, readProfile, refusal, REQUIRED, withEnvFile } from "./profile.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const REDIS = "redis://127.0.0.1:6379/5"
const allSecrets = Object.fromEntries([...REQUIRED.map(([name]) => [name, "x".repeat(40)]), ["RESEND_API_KEY", "re_x"]])

test("with Redis, commerce is a worker plus one server per core unless COMMERCE_SERVERS says otherwise", () => {
  const byCores = readProfile({ env: { REDIS_URL: REDIS }, cpus: 4 })
  assert.deepEqual(byCores.commerce, { split: true, servers: 4 })
  assert.deepEqual(byCores.notes, [])
  const asked = readProfile({ env: { REDIS_URL: REDIS, COMMERCE_SERVERS: "2" }, cpus: 8 })
  assert.deepEqual(asked.commerce, { split: true, servers: 2 })
  assert.equal(asked.redisUrl, REDIS)
})

test("without Redis, commerce is one shared process, and the profile says why", () => {
  const profile = readProfile({ env: { COMMERCE_SERVERS: "3" }, cpus: 4 })
  assert.deepEqual(profile.commerce, { split: false, servers: 1 })
  assert.match(profile.notes.join("\n"), /REDIS_URL is not set: commerce runs as ONE process in shared mode.*not the 3 servers COMMERCE_SERVERS asks for.*event bus, locks and workflow engine/s)
})

test("ports default to the usual ones, the worker's beside commerce's, and each can be moved", () => {
  assert.deepEqual(readProfile({ env: {} }).ports, { storefront: 8000, commerce: 9000, cms: 3001, commerceWorker: 9001 })
  const moved = readProfile({ env: { STOREFRONT_PORT: "8500", COMMERCE_PORT: "9500", CMS_PORT: "3501" } })
  assert.deepEqual(moved.ports, { storefront: 8500, commerce: 9500, cms: 3501, commerceWorker: 9501 })
})

test("bad settings are refused together, each by name", () => {
  assert.throws(
    () => readProfile({ env: { COMMERCE_SERVERS: "0", CMS_PORT: "70000", STOREFRONT_PORT: "9000", REDIS_URL: "localhost:6379" }, argv: ["--fast"] }),
    (error) => {
      assert.ok(error instanceof ProfileError)
      for (const part of [
        /unknown argument --fast/,
        /COMMERCE_SERVERS must be a whole number of 1 or more \(got "0"\)/,
        /CMS_PORT must be a port number up to 65535/,
        /STOREFRONT_PORT and COMMERCE_PORT are both 9000/,
        /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/,
      ])
        assert.match(error.message, part)
      return true
    }
  )
  assert.equal(readProfile({ argv: ["--local"] }).local, true)
})

test("production refuses to start without its secrets, naming each and what it is for", () => {
  assert.deepEqual(missingSecrets(allSecrets), [])
  const missing = missingSecrets({ ...allSecrets, JWT_SECRET: "", PREVIEW_SECRET: undefined, RESEND_API_KEY: "" })
  assert.deepEqual(missing.map(([name]) => name), ["JWT_SECRET", "PREVIEW_SECRET", "RESEND_API_KEY"])
  assert.deepEqual(missingSecrets({ ...allSecrets, RESEND_API_KEY: "", ALLOW_LOG_EMAIL: "true" }), [], "ALLOW_LOG_EMAIL=true stands in for Resend")
  const message = refusal(missing)
  assert.match(message, /JWT_SECRET +commerce: signs shoppers' and staff's tokens/)
  assert.match(message, /PREVIEW_SECRET +cms and storefront/)
  assert.match(message, /npm run start -- --local/)
})

test(
  "npm run start refuses before starting anything when secrets are missing",
  // The profile reads the repository's .env: one holding the secrets would (rightly) let it start.
  { skip: existsSync(path.join(ROOT, ".env")) && "a .env at the repository root configures this machine" },
  () => {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, REDIS_URL: REDIS }
  const run = spawnSync(process.execPath, [path.join(ROOT, "tools/dev/start.mjs")], { env, encoding: "utf8", timeout: 30_000 })
  assert.equal(run.status, 2, run.stderr)
  assert.match(run.stderr, /^npm run start: production needs these variables, and they are not set:\n {2}JWT_SECRET /)
  assert.equal(run.stdout, "", "nothing was started")
  }
)

test("a .env file fills what the environment leaves unset, as docker compose reads it", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "profile-env-"))
  try {
    const file = path.join(dir, ".env")
    writeFileSync(file, "# secrets\nJWT_SECRET=from-file\nexport COOKIE_SECRET='quoted value'\nRESEND_FROM=\"A <a@b.c>\"\nREDIS_URL=redis://x:6379 # comment\n")
    const env = withEnvFile({ JWT_SECRET: "from-shell" }, file)
    assert.equal(env.JWT_SECRET, "from-shell")
    assert.equal(env.COOKIE_SECRET, "quoted value")
    assert.equal(env.RESEND_FROM, "A <a@b.c>")
    assert.equal(env.REDIS_URL, "redis://x:6379")
    assert.deepEqual(withEnvFile({ A: "1" }, path.join(dir, "none")), { A: "1" })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test("--local makes this machine's secrets once, readable only by their owner, and reuses them", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "profile-root-"))
  try {
    let made = 0
    const generate = () => ({ jwt: `secret-${++made}` })
    assert.deepEqual(localSecrets(root, generate), { jwt: "secret-1" })
    assert.deepEqual(localSecrets(root, generate), { jwt: "secret-1" })
    const file = path.join(root, LOCAL_SECRETS_FILE)
    assert.equal(statSync(file).mode & 0o777, 0o600)
    assert.equal(JSON.parse(readFileSync(file, "utf8")).jwt, "secret-1")
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})

import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { chmodSync, mkdtempSync, rmSync, symlinkSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { after, test } from "node:test"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { embeddedBinaries, postgresAccount } from "./embedded-postgres.mjs"
import { reachableBy } from "./postgres-location.mjs"
import { databaseUrl, ensureDatabases, startPostgres } from "./postgres.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const dataDir = `.data/tools-test-${process.pid}`
// A port the kernel says is free now (a fixed one can be held by another
// process, or by a client socket's ephemeral port).
const port = await new Promise((resolve, reject) => {
  const server = net.createServer().once("error", reject)
  server.listen(0, "127.0.0.1", () => {
    const { port } = server.address()
    server.close(() => resolve(port))
  })
})
delete process.env.DATABASE_URL

after(() => rmSync(path.join(ROOT, dataDir), { recursive: true, force: true }))

const quiet = () => {}

async function query(url, sql) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

test("databaseUrl swaps only the database name", () => {
  assert.equal(
    databaseUrl("postgres://u:p%40ss@db.internal:6543/postgres?sslmode=require", "cms"),
    "postgres://u:p%40ss@db.internal:6543/cms?sslmode=require"
  )
})

test("embedded PostgreSQL survives a killed launcher and keeps its data", { timeout: 120_000 }, async () => {
  // A launcher that dies without cleaning up, leaving its postmaster running.
  const script = `
    import { startPostgres, ensureDatabases } from ${JSON.stringify(path.join(ROOT, "tools/dev/postgres.mjs"))}
    const pg = await startPostgres({ root: ${JSON.stringify(ROOT)}, dataDir: ${JSON.stringify(dataDir)}, port: ${port}, log: () => {} })
    await ensureDatabases(pg.serverUrl, ["kept"])
    console.log("ready")
    setInterval(() => {}, 1000)
  `
  const launcher = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] })
  await new Promise((resolve, reject) => {
    launcher.stdout.on("data", (d) => d.toString().includes("ready") && resolve())
    launcher.on("exit", (code) => reject(new Error(`launcher exited early (${code})`)))
  })
  launcher.kill("SIGKILL")

  const server = await startPostgres({ root: ROOT, dataDir, port, log: quiet })
  try {
    const rows = await query(server.serverUrl, "select datname from pg_database where datname = 'kept'")
    assert.equal(rows.length, 1, "the database made by the first run is still there")
    await ensureDatabases(server.serverUrl, ["kept"])
  } finally {
    await server.stop()
  }
  await assert.rejects(query(server.serverUrl, "select 1"), "stop() leaves nothing listening")
})

test(
  "as root, a clone in a folder the postgres user cannot reach (like /root, mode 700) still gets a PostgreSQL",
  {
    timeout: 120_000,
    // PostgreSQL runs as a separate postgres user only when started by root: as anyone else it runs as that user.
    skip: process.getuid?.() !== 0 && "only root runs PostgreSQL as another user",
  },
  async () => {
    const { nativeDir } = await embeddedBinaries()
    const clone = mkdtempSync(path.join(os.tmpdir(), "root-clone-"))
    chmodSync(clone, 0o700)
    // The binaries sit inside the clone, as node_modules would.
    symlinkSync(nativeDir, path.join(clone, "native"))
    const home = mkdtempSync(path.join(os.tmpdir(), "embedded-postgres-home-"))
    chmodSync(home, 0o755)
    process.env.EMBEDDED_POSTGRES_HOME = home
    const account = await postgresAccount()
    assert.equal(reachableBy(account, path.join(clone, "native", "bin", "postgres")), false, "the clone is out of the postgres user's reach")
    try {
      const lines = []
      const options = { root: clone, dataDir: ".data/postgres", port, nativeDir: path.join(clone, "native"), log: (m) => lines.push(m) }
      const first = await startPostgres(options)
      try {
        assert.ok(first.dataDir.startsWith(home + path.sep), `data is kept where the postgres user can reach it (${first.dataDir})`)
        assert.match(lines.join("\n"), /cannot reach .*its data is kept in .*its binaries are run from a copy in/s)
        await ensureDatabases(first.serverUrl, ["kept"])
      } finally {
        await first.stop()
      }
      const second = await startPostgres({ ...options, log: quiet })
      try {
        assert.equal(second.dataDir, first.dataDir, "the next run finds the same data")
        const rows = await query(second.serverUrl, "select datname from pg_database where datname = 'kept'")
        assert.equal(rows.length, 1)
      } finally {
        await second.stop()
      }
    } finally {
      delete process.env.EMBEDDED_POSTGRES_HOME
      rmSync(clone, { recursive: true, force: true })
      rmSync(home, { recursive: true, force: true })
    }
  }
)

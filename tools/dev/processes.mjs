// Child processes for the dev stack: prefixed output, process groups that can
// be stopped as a whole, and readiness checks over HTTP.
import { spawn } from "node:child_process"
import net from "node:net"
import { setTimeout as sleep } from "node:timers/promises"

const COLORS = { commerce: 35, cms: 36, storefront: 32, paystack: 33, stack: 34 }
const color = (name, text) => (process.stdout.isTTY ? `\x1b[${COLORS[name] ?? 37}m${text}\x1b[0m` : text)

export const say = (name, message) => process.stdout.write(`${color(name, `[${name}]`)} ${message}\n`)

function prefixLines(name, stream, sink) {
  let rest = ""
  stream.on("data", (chunk) => {
    const lines = (rest + chunk.toString()).split("\n")
    rest = lines.pop()
    for (const line of lines) sink(line)
  })
  stream.on("end", () => rest && sink(rest))
}

const children = new Set()
// Process group ids of everything started: a group can outlive its leader.
const groups = new Set()

/** Runs a command to completion; its output is shown only if it fails. */
export async function runStep(name, label, command, args, options) {
  const started = Date.now()
  const output = []
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"], detached: true })
  children.add(child)
  groups.add(child.pid)
  prefixLines(name, child.stdout, (line) => output.push(line))
  prefixLines(name, child.stderr, (line) => output.push(line))
  const code = await new Promise((resolve) => child.on("close", resolve))
  children.delete(child)
  if (code !== 0) {
    for (const line of output.slice(-60)) say(name, line)
    throw new Error(`${name}: ${label} failed (exit ${code})`)
  }
  say(name, `${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** Starts a long-running server whose output is streamed with a prefix. */
export function startServer(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"], detached: true })
  children.add(child)
  groups.add(child.pid)
  prefixLines(name, child.stdout, (line) => say(name, line))
  prefixLines(name, child.stderr, (line) => say(name, line))
  child.on("exit", (code, signal) => {
    children.delete(child)
    if (!stopping) say(name, `exited (${signal ?? code})`)
  })
  return child
}

/** Polls a URL until it answers with a non-5xx status, or throws after `timeoutMs`. */
export async function waitForHttp(url, { timeoutMs = 180_000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited before it was ready`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "manual" })
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s`)
}

let stopping = false
/** From now on, exits are expected: servers that end are not reported. */
export const expectExits = () => {
  stopping = true
}

/**
 * Stops one server started by startServer: `signal` to its process group
 * (SIGKILL for a crash, SIGTERM for a polite stop), SIGKILL if it is still
 * there after `timeoutMs`. Resolves once the process has exited.
 */
export async function stopServer(child, { signal = "SIGTERM", timeoutMs = 15_000 } = {}) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const signalGroup = (s) => {
    try {
      process.kill(-child.pid, s)
    } catch {
      // already gone
    }
  }
  signalGroup(signal)
  const timer = setTimeout(() => signalGroup("SIGKILL"), timeoutMs)
  await exited
  clearTimeout(timer)
  // What the leader left of its group (a worker it spawned) goes with it.
  signalGroup("SIGKILL")
  groups.delete(child.pid)
}

/** Stops every child process group, politely first. */
export async function stopChildren() {
  stopping = true
  const signalAll = (signal) => {
    for (const pgid of groups) {
      try {
        process.kill(-pgid, signal)
      } catch {
        // already gone
      }
    }
  }
  signalAll("SIGTERM")
  const deadline = Date.now() + 10_000
  while (children.size && Date.now() < deadline) await sleep(100)
  signalAll("SIGKILL")
}

/** A TCP port free on 127.0.0.1 just now (the system picks it). */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

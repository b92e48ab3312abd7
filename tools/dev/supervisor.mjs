// Keeps the production profile's processes running: a process that exits
// while the profile is up is started again, with a line saying so, after a
// pause that grows while it keeps dying young (1 s, doubling to 30 s).
import cluster from "node:cluster"
import { say, startServer, stopServer } from "./processes.mjs"

const FIRST_PAUSE_MS = 1000
const LONGEST_PAUSE_MS = 30_000
/** A process that lived this long had started fine: its next crash waits the first pause again. */
const HEALTHY_AFTER_MS = 30_000

let stopping = false
// Bumped by resumeSupervising: a restart timer of an earlier round never fires into a later one.
let round = 0
/** After this, exits are expected and nothing is restarted. */
export const stopSupervising = () => {
  stopping = true
}
/**
 * Supervises again after stopSupervising, once everything of the earlier round
 * has stopped (the hot-paths bench starts one cluster after another).
 */
export const resumeSupervising = () => {
  stopping = false
  round++
}

function restartPause() {
  let pause = FIRST_PAUSE_MS
  return (livedMs) => {
    if (livedMs >= HEALTHY_AFTER_MS) pause = FIRST_PAUSE_MS
    const now = pause
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS)
    return now
  }
}

const how = (code, signal) => (signal ? `killed by ${signal}` : `exit code ${code}`)

/**
 * A long-running command (startServer's prefixed output and process group),
 * restarted whenever it exits. Answers `{ current(), stop() }`.
 */
export function superviseCommand(name, command, args, options) {
  const nextPause = restartPause()
  let child
  const launch = () => {
    const started = Date.now()
    const mine = round
    child = startServer(name, command, args, options)
    child.once("exit", (code, signal) => {
      if (stopping) return
      const pause = nextPause(Date.now() - started)
      say(name, `${how(code, signal)} (pid ${child.pid}): restarting in ${pause / 1000} s`)
      setTimeout(() => stopping || mine !== round || launch(), pause)
    })
  }
  launch()
  return { current: () => child, stop: (signal) => stopServer(child, { signal }) }
}

/**
 * `count` copies of the Medusa CLI (`exec`, `args`, run in `cwd`) as cluster
 * workers of this process: every copy listens on the same port and Node hands
 * each new connection to the next one. A copy that exits is forked again in
 * its slot. Medusa's own `start --cluster` re-forks a dead child without ever
 * telling it to start (it sends the start message only to the first children),
 * so the replacement would never serve: this is that supervisor, done right.
 * Resolves once every copy listens; answers `{ pids(), stop() }`.
 */
export async function superviseCluster(name, { count, exec, args, cwd, env }) {
  cluster.setupPrimary({ exec, args, cwd, silent: true })
  const slots = new Map()
  let listening = 0
  let settle
  const ready = new Promise((resolve, reject) => (settle = { resolve, reject }))
  const fork = (slot, history) => {
    const label = `${name}:${slot}`
    const started = Date.now()
    const mine = round
    const worker = cluster.fork(env)
    slots.set(slot, worker)
    for (const stream of [worker.process.stdout, worker.process.stderr]) {
      let rest = ""
      stream.on("data", (chunk) => {
        const lines = (rest + chunk.toString()).split("\n")
        rest = lines.pop()
        for (const line of lines) say(label, line)
      })
    }
    let listened = false
    worker.once("listening", () => {
      listened = true
      if (history.restarted) say(label, `serving again (pid ${worker.process.pid})`)
      else if (++listening === count) settle.resolve()
    })
    worker.once("exit", (code, signal) => {
      if (stopping) return
      // One that never started the first time will not start the second: stop and say so.
      if (!listened && !history.restarted) return settle.reject(new Error(`${label} ${how(code, signal)} before it listened (its output is above)`))
      const pause = history.pause(Date.now() - started)
      say(label, `${how(code, signal)} (pid ${worker.process.pid}): starting another in ${pause / 1000} s`)
      history.restarted = true
      setTimeout(() => stopping || mine !== round || fork(slot, history), pause)
    })
  }
  for (let slot = 1; slot <= count; slot++) fork(slot, { pause: restartPause(), restarted: false })
  const stop = async () => {
    const alive = [...slots.values()].filter((w) => w.process.exitCode === null && w.process.signalCode === null)
    await Promise.all(
      alive.map(
        (worker) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => worker.process.kill("SIGKILL"), 15_000)
            worker.process.once("exit", () => {
              clearTimeout(timer)
              resolve()
            })
            worker.process.kill("SIGTERM")
          })
      )
    )
  }
  try {
    await ready
  } catch (error) {
    stopSupervising()
    await stop()
    throw error
  }
  return { pids: () => [...slots.values()].map((w) => w.process.pid), stop }
}

// Commerce as the production profile runs it on Redis: one worker process
// (subscribers, scheduled jobs, background steps) and several server processes
// behind one port, each from the build in commerce/.medusa/server. Shared by
// `npm run start` (start.mjs) and the multi-process guarantee run
// (multiprocess-commerce.mjs).
import path from "node:path"
import { say, waitForHttp } from "./processes.mjs"
import { bin, ROOT } from "./stack.mjs"
import { stopSupervising, superviseCluster, superviseCommand } from "./supervisor.mjs"

/** Where `medusa build` writes the server the profile runs. */
export const COMMERCE_BUILD = path.join(ROOT, "commerce/.medusa/server")

/**
 * Starts the worker (answering /health on `workerPort`, no admin) and `servers`
 * server processes on `port`, supervised (restarted when they exit), with
 * `env` (which must name REDIS_URL: without it the processes would not share
 * events, locks or workflows). Resolves once all of them answer, to
 * `{ worker, servers }`: supervised handles, each with `stop()`.
 */
export async function startCommerceCluster({ env, servers, port, workerPort }) {
  if (!env.REDIS_URL) throw new Error("commerce as a worker and servers needs REDIS_URL")
  const medusa = bin("commerce", "medusa")
  const worker = superviseCommand("commerce-worker", medusa, ["start", "-p", String(workerPort)], {
    cwd: COMMERCE_BUILD,
    env: { ...env, MEDUSA_WORKER_MODE: "worker", DISABLE_MEDUSA_ADMIN: "true" },
  })
  try {
    const cluster = await superviseCluster("commerce", {
      count: servers,
      exec: medusa,
      args: ["start", "-p", String(port)],
      cwd: COMMERCE_BUILD,
      env: { ...env, MEDUSA_WORKER_MODE: "server" },
    })
    await waitForHttp(`http://localhost:${workerPort}/health`, { child: worker.current() })
    say("commerce", `worker pid ${worker.current().pid}; servers pids ${cluster.pids().join(", ")} on port ${port}`)
    return { worker, servers: cluster }
  } catch (error) {
    stopSupervising()
    await worker.stop()
    throw error
  }
}

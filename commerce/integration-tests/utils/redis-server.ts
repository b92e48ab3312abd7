import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import net from "node:net"

/** The machine's redis-server binary, or null when it is not installed (`apt-get install redis-server`). */
export function findRedisServer(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"]).toString().trim() || null
  } catch {
    return null
  }
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.once("connect", () => socket.end(() => resolve(true)))
    socket.once("error", () => resolve(false))
  })

/**
 * A redis-server of a spec's own on 127.0.0.1:`port`, started with `args`
 * (persistence, data folder), stopped by the spec.
 */
export function localRedis(binary: string, port: number, args: string[] = []) {
  let child: ChildProcess | null = null
  return {
    url: `redis://127.0.0.1:${port}`,
    /** Starts it and resolves once it accepts connections. */
    async start(): Promise<void> {
      child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", ...args], { stdio: "ignore" })
      for (let i = 0; i < 100 && !(await accepts(port)); i++) await new Promise((r) => setTimeout(r, 50))
    },
    /** Stops it with `signal` (SIGKILL: a crash) and resolves once it has exited. */
    async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
      const running = child
      child = null
      if (!running || running.exitCode !== null) return
      await new Promise((resolve) => {
        running.once("exit", resolve)
        running.kill(signal)
      })
    },
  }
}

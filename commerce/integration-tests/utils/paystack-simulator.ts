import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import path from "node:path"

const SIMULATOR = path.resolve(__dirname, "../../../tools/paystack/index.mjs")

/** A TCP port free right now, found synchronously so it can be set before medusa-config loads. */
export function freePortSync(): number {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
  return Number(execFileSync(process.execPath, ["-e", script]).toString().trim())
}

export type RunningSimulator = {
  url: string
  child: ChildProcess
  /** POST to the simulator's test controls (/__simulator/...). */
  control: (path: string, body?: unknown) => Promise<any>
  stop: () => void
}

/** The Paystack simulator from tools/, in its own process. */
export async function startPaystackSimulator({ port = 0, secretKey }: { port?: number; secretKey: string }): Promise<RunningSimulator> {
  const child = spawn(process.execPath, [SIMULATOR], {
    env: { ...process.env, PAYSTACK_SIMULATOR_PORT: String(port), PAYSTACK_SECRET_KEY: secretKey, PAYSTACK_WEBHOOK_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  })
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = /simulator on (http:\/\/\S+)/.exec(chunk.toString())
      if (match) resolve(match[1])
    })
    child.on("exit", (code) => reject(new Error(`Paystack simulator exited with ${code}`)))
  })
  const control = async (p: string, body: unknown = {}) => {
    const res = await fetch(`${url}/__simulator/${p}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
    return res.json()
  }
  return { url, child, control, stop: () => child.kill() }
}

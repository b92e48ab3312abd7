import { spawn } from "node:child_process"
import path from "node:path"
import type { RunningSimulator } from "./paystack-simulator"

const SIMULATOR = path.resolve(__dirname, "../../../tools/flutterwave/index.mjs")

/** The Flutterwave simulator from tools/, in its own process; webhooks go where a test's `behaviour.webhookUrl` says. */
export async function startFlutterwaveSimulator({ port = 0, secretKey, secretHash }: { port?: number; secretKey: string; secretHash: string }): Promise<RunningSimulator> {
  const child = spawn(process.execPath, [SIMULATOR], {
    env: { ...process.env, FLUTTERWAVE_SIMULATOR_PORT: String(port), FLUTTERWAVE_SECRET_KEY: secretKey, FLUTTERWAVE_SECRET_HASH: secretHash, FLUTTERWAVE_WEBHOOK_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  })
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = /simulator on (http:\/\/\S+)/.exec(chunk.toString())
      if (match) resolve(match[1])
    })
    child.on("exit", (code) => reject(new Error(`Flutterwave simulator exited with ${code}`)))
  })
  const control = async (p: string, body: unknown = {}) => {
    const res = await fetch(`${url}/__simulator/${p}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
    return res.json()
  }
  return { url, child, control, stop: () => child.kill() }
}

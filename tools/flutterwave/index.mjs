#!/usr/bin/env node
// Runs the Flutterwave simulator on its own: `node tools/flutterwave/index.mjs`.
import { createFlutterwaveSimulator } from "./simulator.mjs"

export const SIMULATOR_DEFAULTS = {
  port: 9101,
  secretKey: "FLWSECK_TEST-simulator-X",
  secretHash: "flutterwave-simulator-hash",
  webhookUrl: "http://localhost:9000/hooks/payment/flutterwave_flutterwave",
}

export async function startFlutterwaveSimulator({
  port = Number(process.env.FLUTTERWAVE_SIMULATOR_PORT ?? SIMULATOR_DEFAULTS.port),
  secretKey = process.env.FLUTTERWAVE_SECRET_KEY || SIMULATOR_DEFAULTS.secretKey,
  secretHash = process.env.FLUTTERWAVE_SECRET_HASH || SIMULATOR_DEFAULTS.secretHash,
  webhookUrl = process.env.FLUTTERWAVE_WEBHOOK_URL ?? SIMULATOR_DEFAULTS.webhookUrl,
  log = (m) => console.log(`[flutterwave] ${m}`),
} = {}) {
  const simulator = createFlutterwaveSimulator({ secretKey, secretHash, webhookUrl, log })
  const boundPort = await simulator.listen(port)
  return { ...simulator, port: boundPort, url: `http://localhost:${boundPort}` }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sim = await startFlutterwaveSimulator()
  console.log(`[flutterwave] simulator on ${sim.url}`)
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => sim.close().then(() => process.exit(0)))
}

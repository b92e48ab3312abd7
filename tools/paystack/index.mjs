#!/usr/bin/env node
// Runs the Paystack simulator on its own: `node tools/paystack/index.mjs`.
import { createPaystackSimulator } from "./simulator.mjs"

export const SIMULATOR_DEFAULTS = {
  port: 9100,
  secretKey: "sk_test_simulator",
  webhookUrl: "http://localhost:9000/hooks/payment/paystack_paystack",
}

export async function startPaystackSimulator({
  port = Number(process.env.PAYSTACK_SIMULATOR_PORT ?? SIMULATOR_DEFAULTS.port),
  secretKey = process.env.PAYSTACK_SECRET_KEY || SIMULATOR_DEFAULTS.secretKey,
  webhookUrl = process.env.PAYSTACK_WEBHOOK_URL || SIMULATOR_DEFAULTS.webhookUrl,
  log = (m) => console.log(`[paystack] ${m}`),
} = {}) {
  const simulator = createPaystackSimulator({ secretKey, webhookUrl, log })
  const boundPort = await simulator.listen(port)
  return { ...simulator, port: boundPort, url: `http://localhost:${boundPort}` }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sim = await startPaystackSimulator()
  console.log(`[paystack] simulator on ${sim.url}`)
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => sim.close().then(() => process.exit(0)))
}

import { expect, type APIRequestContext } from "@playwright/test"
import { PAYSTACK } from "./urls"

/**
 * The e2e stack's control server (tools/dev/e2e-stack.mjs): stops, starts and
 * restarts one process of the stack under test. Only the production e2e stack
 * has one (not E2E_TARGET=dev).
 */
const CONTROL = process.env.E2E_CONTROL_URL
export const stackIsControlled = Boolean(CONTROL)

export type StackProcess = "postgres" | "commerce" | "cms" | "storefront"
type Signal = "SIGTERM" | "SIGINT" | "SIGKILL" | "SIGQUIT"
type States = Record<StackProcess, "running" | "stopped">

async function change(name: StackProcess, action: "stop" | "start" | "restart", signal?: Signal): Promise<States> {
  const res = await fetch(`${CONTROL}/processes/${name}/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(signal ? { signal } : {}),
    // Starting commerce on a busy 2-core machine can take a minute or two.
    signal: AbortSignal.timeout(240_000),
  })
  if (!res.ok) throw new Error(`${action} ${name}: ${res.status} ${await res.text()}`)
  return (await res.json()) as States
}

/** Stops one process: SIGKILL is a crash; the default is a polite stop (PostgreSQL's fast shutdown). */
export const stopProcess = (name: StackProcess, signal?: Signal) => change(name, "stop", signal)
/** Starts a stopped process with its command, environment and port; resolves once it answers. */
export const startProcess = (name: StackProcess) => change(name, "start")
export const restartProcess = (name: StackProcess, signal?: Signal) => change(name, "restart", signal)

/** Starts whatever a journey left stopped. */
export async function startEverything(): Promise<void> {
  for (const name of ["postgres", "commerce", "cms", "storefront"] as const) await startProcess(name)
}

/** Sets the Paystack simulator's behaviour (webhooks, outages, redelivery), as one object. */
export async function simulatorBehaviour(request: APIRequestContext, behaviour: Record<string, unknown>) {
  const res = await request.post(`${PAYSTACK}/__simulator/behaviour`, { data: behaviour })
  expect(res.ok()).toBe(true)
}

export type WebhookDelivery = { reference: string; attempt: number; status: number | null; error: string | null; next_attempt_at: string | null }

/** The simulator's webhook deliveries for a transaction, first first. */
export async function webhookDeliveries(request: APIRequestContext, reference: string): Promise<WebhookDelivery[]> {
  const res = await request.get(`${PAYSTACK}/__simulator/state`)
  expect(res.ok()).toBe(true)
  return ((await res.json()).webhooks as WebhookDelivery[]).filter((w) => w.reference === reference)
}

/** Polls `read` until `done` holds for its answer (errors count as not yet), or fails after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await read()
      if (done(value)) return value
      last = value
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs / 1000} s; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

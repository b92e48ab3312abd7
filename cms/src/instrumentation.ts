/**
 * Next calls this once when the server boots. The check itself lives in a
 * Node-only file, so the Edge build never sees `process.exit`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node')
}

import "server-only"
import Medusa from "@medusajs/js-sdk"
import { env } from "./env"
import { HttpError } from "./util/errors"

/** How long a public read may be served from Next's cache before it is refreshed. */
export const PUBLIC_REVALIDATE_SECONDS = 3600

/**
 * The publishable key: MEDUSA_PUBLISHABLE_KEY when set, otherwise asked of
 * commerce once and kept in Next's data cache (it is public by design).
 */
export async function publishableKey(): Promise<string> {
  if (env.MEDUSA_PUBLISHABLE_KEY) return env.MEDUSA_PUBLISHABLE_KEY
  const res = await fetch(`${env.MEDUSA_BACKEND_URL}/storefront/publishable-key`, {
    next: { revalidate: PUBLIC_REVALIDATE_SECONDS, tags: ["publishable-key"] },
    signal: AbortSignal.timeout(5000),
  })
  if (!res.ok) throw new HttpError(res.status, `commerce answered ${res.status} for the publishable key`)
  const body = (await res.json()) as { publishable_key?: string }
  if (!body.publishable_key) throw new HttpError(502, "commerce sent no publishable key")
  return body.publishable_key
}

const clients = new Map<string, Medusa>()

/** A js-sdk client for public store reads. It never stores a customer token. */
export async function medusa(): Promise<Medusa> {
  const key = await publishableKey()
  let client = clients.get(key)
  if (!client) {
    client = new Medusa({
      baseUrl: env.MEDUSA_BACKEND_URL,
      publishableKey: key,
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    })
    clients.set(key, client)
  }
  return client
}

import "server-only"
import Medusa, { type FetchArgs } from "@medusajs/js-sdk"
import { cacheTags, publicFetchOptions } from "./cache"
import { env } from "./env"
import { HttpError } from "./util/errors"

const PUBLISHABLE_KEY_HEADER = "x-publishable-api-key"

/**
 * The js-sdk client, used on the server only. It keeps no customer token:
 * calls made for a signed-in shopper will pass their token per request.
 */
export const sdk = new Medusa({
  baseUrl: env.MEDUSA_BACKEND_URL,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

let knownKey: Promise<string> | undefined

/**
 * Asks commerce for its storefront key. Next keys its data cache by URL and
 * headers, so naming a rejected key makes a fresh cache entry: a key that
 * commerce stopped accepting (a re-seeded database, a revoked key) is
 * replaced at once instead of when the cached answer expires.
 */
async function askCommerceForKey(rejectedKey?: string): Promise<string> {
  const pending = sdk.client
    .fetch<{ publishable_key?: unknown }>("/storefront/publishable-key", {
      ...publicFetchOptions(cacheTags.publishableKey),
      headers: rejectedKey ? { "x-rejected-publishable-key": rejectedKey } : {},
    })
    .then(({ publishable_key }) => {
      if (typeof publishable_key !== "string" || !publishable_key.startsWith("pk_")) {
        throw new HttpError(502, "commerce sent no publishable key")
      }
      return publishable_key
    })
  knownKey = pending
  // A failure is not remembered: the next call asks again.
  pending.catch(() => {
    if (knownKey === pending) knownKey = undefined
  })
  return pending
}

/** MEDUSA_PUBLISHABLE_KEY when set; otherwise commerce's key, asked for once per server process. */
export function publishableKey(): Promise<string> {
  if (env.MEDUSA_PUBLISHABLE_KEY) return Promise.resolve(env.MEDUSA_PUBLISHABLE_KEY)
  return knownKey ?? askCommerceForKey()
}

async function replaceRejectedKey(rejectedKey: string): Promise<string> {
  const current = await knownKey?.catch(() => undefined)
  return current && current !== rejectedKey ? current : askCommerceForKey(rejectedKey)
}

function isRejectedKey(error: unknown): boolean {
  const { status, message } = (error ?? {}) as { status?: unknown; message?: unknown }
  return status === 400 && typeof message === "string" && /publishable (api )?key/i.test(message)
}

/**
 * A Store API call with the publishable key. When commerce rejects a key it
 * handed out earlier, the call is retried once with its current key.
 */
export async function storeFetch<T>(path: string, init: FetchArgs = {}): Promise<T> {
  const send = (key: string) =>
    sdk.client.fetch<T>(path, { ...init, headers: { ...init.headers, [PUBLISHABLE_KEY_HEADER]: key } })
  const key = await publishableKey()
  try {
    return await send(key)
  } catch (error) {
    if (env.MEDUSA_PUBLISHABLE_KEY || !isRejectedKey(error)) throw error
    return send(await replaceRejectedKey(key))
  }
}

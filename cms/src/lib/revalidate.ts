import { after } from 'next/server'
import type { Payload, RequestContext } from 'payload'

import { env } from '@/env'

export type RevalidateOptions = {
  context?: RequestContext
  logger?: Payload['logger']
  storefrontUrl?: string
  secret?: string
  timeoutMs?: number
  /**
   * Outside a Next request (the jobs queue's scheduled publish, scripts), whether
   * the change is visible to other connections yet, i.e. its transaction has
   * committed. The POST waits for it (at most `commitWaitMs`), so the storefront
   * never refetches the old row and caches it again.
   */
  committed?: () => Promise<boolean>
  commitWaitMs?: number
}

/**
 * POSTs cache tags to the storefront's /api/revalidate. A storefront that is down
 * must never break an editor's save, so failures are logged and swallowed.
 */
export function postRevalidation(
  tags: string[],
  { logger, storefrontUrl = env.STOREFRONT_URL, secret = env.REVALIDATE_SECRET, timeoutMs = 3000 }: RevalidateOptions = {},
): Promise<boolean> {
  return postTags('Storefront', storefrontUrl, '/api/revalidate', tags, { logger, secret, timeoutMs })
}

/**
 * POSTs cache tags, with the shared REVALIDATE_SECRET, to an app that caches
 * what the cms serves (the storefront; commerce for the site settings). Its
 * being down never breaks a save: failures are logged (as `app`'s) and swallowed.
 */
export async function postTags(
  app: string,
  base: string,
  path: string,
  tags: string[],
  { logger, secret, timeoutMs }: { logger?: Payload['logger']; secret: string; timeoutMs: number },
): Promise<boolean> {
  const uniqueTags = [...new Set(tags.filter(Boolean))]
  if (uniqueTags.length === 0) return true
  try {
    const response = await fetch(new URL(path, base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret },
      body: JSON.stringify({ tags: uniqueTags }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) logger?.warn(`${app} revalidation of ${uniqueTags.join(', ')} answered ${response.status}`)
    return response.ok
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    logger?.warn(`${app} revalidation of ${uniqueTags.join(', ')} failed: ${reason}`)
    return false
  }
}

async function waitUntilCommitted(
  committed: () => Promise<boolean>,
  { commitWaitMs = 5000, logger }: RevalidateOptions,
) {
  const deadline = Date.now() + commitWaitMs
  while (Date.now() < deadline) {
    if (await committed().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  logger?.warn(`Change not visible after ${commitWaitMs} ms; revalidating anyway`)
}

/**
 * Hooks run inside the database transaction, so a storefront that refetched at once
 * could read the old row. Inside a Next request, `after` defers the POST until the
 * response (and therefore the commit) is done. The Local API (the jobs queue running
 * a scheduled publish) has no request scope: there the POST waits until `committed`
 * says the change is visible, when the hook gave one.
 */
export function revalidateTags(tags: string[], options: RevalidateOptions = {}): void {
  afterCommit(() => postRevalidation(tags, options).then(() => undefined), options)
}

/** Runs `send` once the hook's change is visible to others (see revalidateTags); never when revalidation is off. */
export function afterCommit(send: () => Promise<void>, options: RevalidateOptions = {}): void {
  if (options.context?.disableRevalidate) return
  try {
    after(send)
  } catch {
    const { committed } = options
    void (committed ? waitUntilCommitted(committed, options).then(send) : send())
  }
}

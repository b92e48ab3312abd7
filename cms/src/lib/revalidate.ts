import { after } from 'next/server'
import type { Payload, RequestContext } from 'payload'

import { env } from '@/env'

type RevalidateOptions = {
  context?: RequestContext
  logger?: Payload['logger']
  storefrontUrl?: string
  secret?: string
  timeoutMs?: number
}

/**
 * POSTs cache tags to the storefront's /api/revalidate. A storefront that is down
 * must never break an editor's save, so failures are logged and swallowed.
 */
export async function postRevalidation(
  tags: string[],
  {
    logger,
    storefrontUrl = env.STOREFRONT_URL,
    secret = env.REVALIDATE_SECRET,
    timeoutMs = 3000,
  }: RevalidateOptions = {},
): Promise<boolean> {
  const uniqueTags = [...new Set(tags.filter(Boolean))]
  if (uniqueTags.length === 0) return true
  try {
    const response = await fetch(new URL('/api/revalidate', storefrontUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret },
      body: JSON.stringify({ tags: uniqueTags }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) {
      logger?.warn(
        `Storefront revalidation of ${uniqueTags.join(', ')} answered ${response.status}`,
      )
    }
    return response.ok
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    logger?.warn(`Storefront revalidation of ${uniqueTags.join(', ')} failed: ${reason}`)
    return false
  }
}

/**
 * Hooks run inside the database transaction, so a storefront that refetched at once
 * could read the old row. Inside a Next request, `after` defers the POST until the
 * response (and therefore the commit) is done; the Local API has no request scope
 * and posts straight away.
 */
export function revalidateTags(tags: string[], options: RevalidateOptions = {}): void {
  if (options.context?.disableRevalidate) return
  const send = () => postRevalidation(tags, options).then(() => undefined)
  try {
    after(send)
  } catch {
    void send()
  }
}

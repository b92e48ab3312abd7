import type { Payload } from 'payload'

import { env } from '@/env'

type CommerceRevalidationOptions = {
  logger?: Payload['logger']
  commerceUrl?: string
  secret?: string
  timeoutMs?: number
}

/**
 * POSTs cache tags to commerce's /hooks/cms/revalidate with the shared
 * REVALIDATE_SECRET, as the storefront gets them: commerce keeps the site
 * settings its emails and certificates print in memory. A commerce that is down
 * must never break an editor's save (it refreshes on its own every few minutes),
 * so failures are logged and swallowed.
 */
export async function postCommerceRevalidation(
  tags: string[],
  {
    logger,
    commerceUrl = env.COMMERCE_URL,
    secret = env.REVALIDATE_SECRET,
    timeoutMs = 3000,
  }: CommerceRevalidationOptions = {},
): Promise<boolean> {
  try {
    const response = await fetch(new URL('/hooks/cms/revalidate', commerceUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) logger?.warn(`Commerce revalidation of ${tags.join(', ')} answered ${response.status}`)
    return response.ok
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    logger?.warn(`Commerce revalidation of ${tags.join(', ')} failed: ${reason}`)
    return false
  }
}

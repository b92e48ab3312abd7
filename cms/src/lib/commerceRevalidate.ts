import type { Payload } from 'payload'

import { env } from '@/env'

import { postTags } from './revalidate'

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
export function postCommerceRevalidation(
  tags: string[],
  {
    logger,
    commerceUrl = env.COMMERCE_URL,
    secret = env.REVALIDATE_SECRET,
    timeoutMs = 3000,
  }: CommerceRevalidationOptions = {},
): Promise<boolean> {
  return postTags('Commerce', commerceUrl, '/hooks/cms/revalidate', tags, { logger, secret, timeoutMs })
}

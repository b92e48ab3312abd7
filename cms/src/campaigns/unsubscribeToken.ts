import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '@/env'

// Its own key, derived from PAYLOAD_SECRET, so an unsubscribe signature can sign nothing else.
const key = () => createHmac('sha256', env.PAYLOAD_SECRET).update('campaign-unsubscribe').digest()

const signature = (subscriberId: number, email: string) =>
  createHmac('sha256', key()).update(`${subscriberId}:${email.toLowerCase()}`).digest('base64url')

/**
 * The one-click unsubscribe link of a campaign email (RFC 8058): the
 * subscriber's id, a signature over it and the address, and the campaign it
 * came in (`c`), which only names the campaign the unsubscribe is counted
 * for. The same bytes every time for one reader and campaign, so a retried
 * batch is the same request; it stops working if the address changes. Links
 * sent before `c` existed still unsubscribe, counted for no campaign.
 */
export function unsubscribeUrl(subscriberId: number, email: string, campaignId?: number): string {
  const url = new URL('/api/unsubscribe', env.CMS_PUBLIC_URL)
  url.searchParams.set('s', String(subscriberId))
  url.searchParams.set('t', signature(subscriberId, email))
  if (campaignId !== undefined) url.searchParams.set('c', String(campaignId))
  return url.href
}

/** Whether `token` was signed for this subscriber and address (compared in constant time). */
export function verifyUnsubscribeToken(subscriberId: number, email: string, token: string): boolean {
  const expected = Buffer.from(signature(subscriberId, email))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '@/env'

// Its own key, derived from PAYLOAD_SECRET, so an unsubscribe signature can sign nothing else.
const key = () => createHmac('sha256', env.PAYLOAD_SECRET).update('campaign-unsubscribe').digest()

const signature = (subscriberId: number, email: string) =>
  createHmac('sha256', key()).update(`${subscriberId}:${email.toLowerCase()}`).digest('base64url')

/**
 * The one-click unsubscribe link of a campaign email (RFC 8058): the
 * subscriber's id and a signature over it and the address. It is the same in
 * every campaign, so a retried batch carries the same bytes; it stops working
 * if the subscriber's address changes.
 */
export function unsubscribeUrl(subscriberId: number, email: string): string {
  const url = new URL('/api/unsubscribe', env.CMS_PUBLIC_URL)
  url.searchParams.set('s', String(subscriberId))
  url.searchParams.set('t', signature(subscriberId, email))
  return url.href
}

/** Whether `token` was signed for this subscriber and address (compared in constant time). */
export function verifyUnsubscribeToken(subscriberId: number, email: string, token: string): boolean {
  const expected = Buffer.from(signature(subscriberId, email))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

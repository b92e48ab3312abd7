import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Endpoint, Payload } from 'payload'

import { env } from '@/env'

/** Svix refuses older deliveries too: a captured request cannot be replayed later. */
const TOLERANCE_SECONDS = 5 * 60

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * Resend signs webhooks the Svix way: `v1,<base64 HMAC-SHA256 of
 * "<svix-id>.<svix-timestamp>.<raw body>">`, keyed with the base64 part of
 * the `whsec_` secret. The header may list several signatures (secret rotation).
 */
export function verifySvixSignature(secret: string, headers: Headers, body: string, now = Date.now()): boolean {
  const id = headers.get('svix-id')
  const timestamp = headers.get('svix-timestamp')
  const signatures = headers.get('svix-signature')
  if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) return false
  if (Math.abs(now / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return false
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const expected = Buffer.from(createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64'))
  return signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',', 2)
    if (version !== 'v1' || !signature) return false
    const given = Buffer.from(signature)
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}

const COLUMNS = {
  'email.delivered': ['delivered', 'delivered_at'],
  'email.bounced': ['bounced', 'bounced_at'],
  'email.complained': ['complained', 'complained_at'],
  'email.opened': ['opened', 'opened_at'],
  'email.clicked': ['clicked', 'clicked_at'],
} as const

type ResendEvent = { type?: string; data?: { email_id?: string; to?: string[]; bounce?: { type?: string }; click?: { link?: string } } }

/** Longer links are cut: the (recipient, link) index cannot hold arbitrarily long keys. */
const MAX_LINK_LENGTH = 2000

async function recordEvent(payload: Payload, event: ResendEvent) {
  const columns = COLUMNS[event.type as keyof typeof COLUMNS]
  const emailId = event.data?.email_id
  if (!columns || !emailId) return
  const [name, column] = columns
  // The first time of each event is kept; a redelivery changes nothing.
  const { rows } = await payload.db.pool.query(
    `UPDATE campaign_recipients SET last_event = $2, ${column} = coalesce(${column}, now()), updated_at = now()
      WHERE resend_id = $1 RETURNING id, email, campaign_id`,
    [emailId, name],
  )
  const link = event.type === 'email.clicked' ? event.data?.click?.link?.slice(0, MAX_LINK_LENGTH) : undefined
  if (link && rows[0]) {
    // One row per reader and link: a redelivered event or a second click counts once.
    await payload.db.pool.query(
      `INSERT INTO campaign_link_clicks (campaign_id, recipient_id, link, updated_at, created_at)
       VALUES ($1, $2, $3, now(), now()) ON CONFLICT (recipient_id, link) DO NOTHING`,
      [rows[0].campaign_id, rows[0].id, link],
    )
  }
  const permanent = event.type === 'email.complained' || (event.type === 'email.bounced' && event.data?.bounce?.type === 'Permanent')
  if (!permanent) return
  const reason = event.type === 'email.complained' ? 'complained' : 'bounced'
  const addresses = rows.length ? rows.map((row) => row.email) : (event.data?.to ?? [])
  for (const address of addresses) {
    await payload.db.pool.query(
      `INSERT INTO email_suppressions (email, reason, campaign_id, updated_at, created_at)
       VALUES (lower($1), $2, $3, now(), now()) ON CONFLICT (email) DO NOTHING`,
      [address, reason, rows[0]?.campaign_id ?? null],
    )
  }
}

/**
 * POST /api/resend-webhook: Resend's delivery events for campaign emails
 * (delivered, bounced, complained, opened, clicked) update the recipient
 * rows, and a click records its link for the reader once (the report's top
 * links); a repeated event counts nothing twice. A hard bounce or a
 * complaint suppresses the address for every later campaign. Anything not
 * signed with RESEND_WEBHOOK_SECRET is refused.
 */
export const resendWebhook: Endpoint = {
  path: '/resend-webhook',
  method: 'post',
  handler: async (req) => {
    if (!env.RESEND_WEBHOOK_SECRET) return refuse(503, 'RESEND_WEBHOOK_SECRET is not set: webhooks are not accepted')
    const body = (await req.text?.()) ?? ''
    if (!verifySvixSignature(env.RESEND_WEBHOOK_SECRET, req.headers, body)) {
      return refuse(401, 'The webhook signature is missing, stale or wrong')
    }
    let event: ResendEvent
    try {
      event = JSON.parse(body)
    } catch {
      return refuse(400, 'body must be JSON')
    }
    await recordEvent(req.payload, event)
    return Response.json({ received: true })
  },
}

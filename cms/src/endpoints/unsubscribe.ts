import type { Endpoint, PayloadRequest } from 'payload'

import { verifyUnsubscribeToken } from '@/campaigns/unsubscribeToken'
import { env, storefrontPublicUrl } from '@/env'
import type { NewsletterSubscriber } from '@/payload-types'

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

const page = (status: number, body: string) =>
  new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Unsubscribe</title><body style="font-family:Georgia,serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5">${body}<p><a href="${escapeHtml(storefrontPublicUrl(env))}">Back to the site</a></p></body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  )

/** The subscriber the link was signed for, or the page to answer instead. */
async function subscriberOf(req: PayloadRequest): Promise<NewsletterSubscriber | Response> {
  const url = new URL(req.url ?? '', 'http://cms')
  const id = Number(url.searchParams.get('s'))
  const token = url.searchParams.get('t') ?? ''
  if (!Number.isInteger(id) || id < 1 || !/^[A-Za-z0-9_-]{43}$/.test(token)) {
    return page(400, '<p>This unsubscribe link is incomplete or malformed.</p>')
  }
  const subscriber = await req.payload
    .findByID({ collection: 'newsletter-subscribers', id, depth: 0, req })
    .catch(() => null)
  if (!subscriber || !verifyUnsubscribeToken(id, subscriber.email, token)) {
    return page(404, '<p>This unsubscribe link is not valid.</p>')
  }
  return subscriber
}

/**
 * The campaign whose link (`c`) the reader left through gets the
 * unsubscribe in its report, if the reader was sent that campaign: `c` is
 * not signed, so it can name no other.
 */
async function countForCampaign(req: PayloadRequest, subscriberId: number) {
  const campaign = Number(new URL(req.url ?? '', 'http://cms').searchParams.get('c'))
  if (!Number.isInteger(campaign) || campaign < 1 || campaign > 2 ** 31 - 1) return
  await req.payload.db.pool.query(
    `UPDATE campaign_recipients SET unsubscribed_at = now(), updated_at = now()
      WHERE campaign_id = $1 AND subscriber_id = $2 AND status = 'sent' AND unsubscribed_at IS NULL`,
    [campaign, subscriberId],
  )
}

/**
 * GET /api/unsubscribe?s&t(&c): a page with one button, since mail scanners follow
 * links; POST (the button, or a mail client's RFC 8058 one-click POST of
 * `List-Unsubscribe=One-Click`) unsubscribes at once. Only the reader's own
 * sign-up, with a fresh confirmation, brings them back.
 */
export const unsubscribePage: Endpoint = {
  path: '/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const subscriber = await subscriberOf(req)
    if (subscriber instanceof Response) return subscriber
    if (subscriber.status === 'unsubscribed') return page(200, '<p>You are unsubscribed. No more newsletters.</p>')
    const action = new URL(req.url ?? '', 'http://cms')
    return page(
      200,
      `<p>Stop the newsletter to <strong>${escapeHtml(subscriber.email)}</strong>?</p><form method="post" action="${escapeHtml(`${action.pathname}${action.search}`)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
    )
  },
}

export const unsubscribeOneClick: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const subscriber = await subscriberOf(req)
    if (subscriber instanceof Response) return subscriber
    if (subscriber.status !== 'unsubscribed') {
      await req.payload.update({
        collection: 'newsletter-subscribers',
        id: subscriber.id,
        data: { status: 'unsubscribed' },
        overrideAccess: true,
        req,
      })
      await countForCampaign(req, subscriber.id)
    }
    return page(200, '<p>You are unsubscribed. No more newsletters.</p>')
  },
}

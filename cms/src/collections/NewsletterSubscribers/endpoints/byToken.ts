import type { Endpoint, PayloadRequest } from 'payload'

import { liftUnsubscribeSuppression } from '@/endpoints/marketingConsent/consent'
import { env, storefrontPublicUrl } from '@/env'

const page = (status: number, message: string) =>
  new Response(
    `<!doctype html><meta charset="utf-8"><title>Newsletter</title><p>${message}</p><p><a href="${storefrontPublicUrl(env)}">Back to the site</a></p>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8' } },
  )

/** The emailed token is the only credential: it changes one subscriber's status and nothing else. */
const setStatusByToken =
  (status: 'confirmed' | 'unsubscribed', done: string) => async (req: PayloadRequest) => {
    const token = new URL(req.url ?? '', 'http://cms').searchParams.get('token') ?? ''
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return page(400, 'This link is incomplete or malformed.')
    const { docs } = await req.payload.update({
      collection: 'newsletter-subscribers',
      where: { token: { equals: token } },
      data: { status, ...(status === 'confirmed' ? { confirmedAt: new Date().toISOString() } : {}) },
      overrideAccess: true,
      req,
    })
    if (!docs.length) return page(404, 'This link is not valid any more.')
    // Confirming a fresh sign-up is the reader's own act: it lifts their earlier unsubscribe (never a bounce or complaint).
    if (status === 'confirmed') await liftUnsubscribeSuppression(req.payload, docs[0].email)
    return page(200, done)
  }

export const confirmSubscription: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: setStatusByToken('confirmed', 'Thank you: your subscription is confirmed.'),
}

export const unsubscribe: Endpoint = {
  path: '/unsubscribe',
  method: 'get',
  handler: setStatusByToken('unsubscribed', 'You are unsubscribed. No more newsletters.'),
}

import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { hasRole } from '@/access/hasRole'
import type { NewsletterSubscriber } from '@/payload-types'
import { newConfirmationToken, sendConfirmationEmail } from '../hooks/doubleOptIn'

/** A reader asking again within this time gets no second email: the first is on its way. */
export const RESEND_CONFIRMATION_AFTER_MS = 10 * 60_000

export type SubscribeOutcome =
  | 'confirmation-sent'
  | 'confirmation-resent'
  | 'confirmation-recently-sent'
  | 'already-subscribed'
  | 'email-failed'

const email = z.string().trim().toLowerCase().email().max(254)
const collection = 'newsletter-subscribers'
const answer = (outcome: SubscribeOutcome, status = 200) => Response.json({ outcome }, { status })

async function findByEmail(req: PayloadRequest, address: string) {
  const { docs } = await req.payload.find({ collection, where: { email: { equals: address } }, limit: 1, req })
  return docs[0] as NewsletterSubscriber | undefined
}

/** Mails a fresh or renewed pending sign-up; on failure the next ask may try again at once. */
async function mail(req: PayloadRequest, subscriber: NewsletterSubscriber, sent: SubscribeOutcome) {
  if (await sendConfirmationEmail(req, subscriber)) return answer(sent)
  await req.payload.update({ collection, id: subscriber.id, data: { confirmationSentAt: null } })
  return answer('email-failed', 502)
}

/**
 * The storefront's sign-up form: says what happened to the address instead
 * of a 400 for one already known. New → pending with a confirmation email;
 * pending → the confirmation again, at most every ten minutes; unsubscribed →
 * pending again with a new token (the old links stop working) and a fresh
 * email; confirmed → nothing to do. Updates run without the caller's user:
 * the storefront key may otherwise only cancel (hooks/doubleOptIn.ts).
 */
export const subscribe: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'storefront')) {
      return Response.json({ errors: [{ message: 'You are not allowed to perform this action.' }] }, { status: 403 })
    }
    await addDataAndFileToRequest(req)
    const address = email.safeParse(req.data?.email)
    if (!address.success) {
      return Response.json({ errors: [{ message: 'email must be an email address', data: { field: 'email' } }] }, { status: 400 })
    }
    const now = new Date()
    const existing = await findByEmail(req, address.data)
    if (!existing) {
      const created = await req.payload
        .create({ collection, data: { email: address.data, status: 'pending' }, context: { confirmationEmailSentBy: 'subscribe' }, req })
        .catch(() => null)
      // Lost a race with the same address: the winner's email is on its way.
      return created ? mail(req, created, 'confirmation-sent') : answer('confirmation-recently-sent')
    }
    if (existing.status === 'confirmed') return answer('already-subscribed')
    if (existing.status === 'pending') {
      const last = existing.confirmationSentAt ? Date.parse(existing.confirmationSentAt) : 0
      if (now.getTime() - last < RESEND_CONFIRMATION_AFTER_MS) return answer('confirmation-recently-sent')
    }
    const renewed = await req.payload.update({
      collection,
      id: existing.id,
      data: {
        confirmationSentAt: now.toISOString(),
        ...(existing.status === 'unsubscribed' && { status: 'pending', token: newConfirmationToken(), confirmedAt: null }),
      },
    })
    return mail(req, renewed, existing.status === 'pending' ? 'confirmation-resent' : 'confirmation-sent')
  },
}

import { randomBytes } from 'node:crypto'

import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import { env } from '@/env'
import type { NewsletterSubscriber } from '@/payload-types'

/** New sign-ups start pending with a fresh token; the storefront key may only unsubscribe. */
export const startDoubleOptIn: CollectionBeforeChangeHook<NewsletterSubscriber> = ({
  data,
  operation,
  req,
}) => {
  if (operation === 'create') {
    return {
      ...data,
      email: data.email?.trim().toLowerCase(),
      status: hasRole(req.user, 'admin', 'editor') ? (data.status ?? 'pending') : 'pending',
      token: randomBytes(24).toString('base64url'),
    }
  }
  if (hasRole(req.user, 'storefront') && !hasRole(req.user, 'admin', 'editor')) {
    if (data.status !== 'unsubscribed') {
      throw new APIError('The storefront may only cancel a subscription', 403, null, true)
    }
  }
  return data
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** A failed send is logged; the reader can sign up again to get a new link. */
export const sendConfirmation: CollectionAfterChangeHook<NewsletterSubscriber> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.status !== 'pending' || !doc.token) return doc
  const linkTo = (action: 'confirm' | 'unsubscribe') => {
    const url = new URL(`/api/newsletter-subscribers/${action}`, env.CMS_PUBLIC_URL)
    url.searchParams.set('token', doc.token!)
    return url.href
  }
  const confirm = linkTo('confirm')
  const leave = linkTo('unsubscribe')
  try {
    await req.payload.sendEmail({
      to: doc.email,
      subject: 'Please confirm your subscription',
      text: `Confirm that you want the newsletter by opening this link:\n\n${confirm}\n\nIf you did not sign up, ignore this email. Leave at any time: ${leave}`,
      html: `<p>Confirm that you want the newsletter:</p><p><a href="${escapeHtml(confirm)}">Confirm my subscription</a></p><p>If you did not sign up, ignore this email. <a href="${escapeHtml(leave)}">Leave at any time</a>.</p>`,
    })
  } catch (error) {
    req.payload.logger.error({ err: error }, `Could not send the newsletter confirmation`)
  }
  return doc
}

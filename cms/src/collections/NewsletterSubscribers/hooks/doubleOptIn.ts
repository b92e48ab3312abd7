import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { hasRole } from '@/access/hasRole'
import { env, storefrontPublicUrl } from '@/env'
import type { NewsletterSubscriber } from '@/payload-types'

/** The secret of a confirmation and unsubscribe link. */
export const newConfirmationToken = () => randomBytes(24).toString('base64url')

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
      token: newConfirmationToken(),
      confirmationSentAt: new Date().toISOString(),
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

/**
 * Emails the confirm and unsubscribe links. Both point at this server's public
 * address (CMS_PUBLIC_URL), which serves them; the site it names is the
 * storefront as readers reach it, never the internal STOREFRONT_URL.
 * Returns whether the email went out; a failed send is logged.
 */
export async function sendConfirmationEmail(
  req: PayloadRequest,
  subscriber: Pick<NewsletterSubscriber, 'email' | 'token'>,
): Promise<boolean> {
  const linkTo = (action: 'confirm' | 'unsubscribe') => {
    const url = new URL(`/api/newsletter-subscribers/${action}`, env.CMS_PUBLIC_URL)
    url.searchParams.set('token', subscriber.token!)
    return url.href
  }
  const confirm = linkTo('confirm')
  const leave = linkTo('unsubscribe')
  const site = storefrontPublicUrl(env)
  try {
    await req.payload.sendEmail({
      to: subscriber.email,
      subject: 'Please confirm your subscription',
      text: `Someone, hopefully you, asked for the newsletter of ${site}. Confirm it by opening this link:\n\n${confirm}\n\nIf it was not you, ignore this email. Leave at any time: ${leave}`,
      html: `<p>Someone, hopefully you, asked for the newsletter of <a href="${escapeHtml(site)}">${escapeHtml(site)}</a>.</p><p><a href="${escapeHtml(confirm)}">Confirm my subscription</a></p><p>If it was not you, ignore this email. <a href="${escapeHtml(leave)}">Leave at any time</a>.</p>`,
    })
    return true
  } catch (error) {
    req.payload.logger.error({ err: error }, `Could not send the newsletter confirmation`)
    return false
  }
}

/**
 * A new pending sign-up (an editor's, or one through the REST API) gets its
 * confirmation email. The subscribe endpoint sends its own, to know whether it went.
 */
export const sendConfirmation: CollectionAfterChangeHook<NewsletterSubscriber> = async ({
  context,
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.status !== 'pending' || !doc.token) return doc
  if (context.confirmationEmailSentBy !== 'subscribe') await sendConfirmationEmail(req, doc)
  return doc
}

import type { CollectionAfterChangeHook } from 'payload'

import { suppressUnsubscribed } from '@/endpoints/marketingConsent/consent'
import type { NewsletterSubscriber } from '@/payload-types'

/**
 * A reader leaving the newsletter (their link, a mail client's one-click, an
 * editor) opts the address out of all marketing email: a suppression by
 * address, which commerce's lifecycle email reads too and no import undoes.
 */
export const suppressOnUnsubscribe: CollectionAfterChangeHook<NewsletterSubscriber> = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'unsubscribed' && previousDoc?.status !== 'unsubscribed') await suppressUnsubscribed(req.payload, doc.email)
  return doc
}

import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import type { NewsletterSubscriber } from '@/payload-types'

/**
 * An unsubscribe holds: no editor, import or old confirmation link turns an
 * unsubscribed reader back into a confirmed one. Only the reader's own new
 * sign-up (pending, with a fresh token) and its confirmation does.
 */
export const keepUnsubscribed: CollectionBeforeChangeHook<NewsletterSubscriber> = ({ data, operation, originalDoc }) => {
  if (operation === 'update' && originalDoc?.status === 'unsubscribed' && data.status === 'confirmed') {
    throw new APIError('This reader unsubscribed: only their own new sign-up, confirmed by email, brings them back', 409, null, true)
  }
  return data
}

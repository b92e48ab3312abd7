import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { isAdminOrEditorField } from '@/access/isAdminOrEditorField'
import { isEditorOrStorefrontActive } from '@/access/isEditorOrStorefrontActive'
import { isStorefrontOrEditor } from '@/access/isStorefrontOrEditor'
import { confirmSubscription, unsubscribe } from './endpoints/byToken'
import { subscribe } from './endpoints/subscribe'
import { startDoubleOptIn, sendConfirmation } from './hooks/doubleOptIn'
import { keepUnsubscribed } from './hooks/keepUnsubscribed'
import { suppressOnUnsubscribe } from './hooks/suppressOnUnsubscribe'

/**
 * Double opt-in: a sign-up is `pending` until the address's owner follows the
 * emailed link (GET /api/newsletter-subscribers/confirm?token=…). Only
 * `confirmed` subscribers may be mailed. The storefront signs readers up
 * through POST /api/newsletter-subscribers/subscribe, which also re-sends a
 * confirmation and lets an unsubscribed reader come back.
 */
export const NewsletterSubscribers: CollectionConfig<'newsletter-subscribers'> = {
  slug: 'newsletter-subscribers',
  access: {
    create: isStorefrontOrEditor,
    delete: isAdmin,
    read: isAdminOrEditor,
    update: isEditorOrStorefrontActive('confirmed'),
  },
  admin: {
    defaultColumns: ['email', 'status', 'confirmedAt', 'createdAt'],
    useAsTitle: 'email',
  },
  endpoints: [subscribe, confirmSubscription, unsubscribe],
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      access: { update: isAdminOrEditorField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: [
        { label: 'Waiting for confirmation', value: 'pending' },
        { label: 'Confirmed', value: 'confirmed' },
        { label: 'Unsubscribed', value: 'unsubscribed' },
      ],
      access: { create: isAdminOrEditorField },
    },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true } },
    // What campaigns segment by (collections/Campaigns): where the reader signed up, and an editor's tags.
    { name: 'source', type: 'text', index: true, admin: { description: 'Where the reader signed up, e.g. storefront, event, import.' } },
    { name: 'tags', type: 'text', hasMany: true },
    {
      // Limits how often a reader who asks again gets the confirmation email again.
      name: 'confirmationSentAt',
      type: 'date',
      admin: { readOnly: true },
      access: { update: () => false },
    },
    {
      // The secret in the confirmation and unsubscribe links; nobody reads it back.
      name: 'token',
      type: 'text',
      index: true,
      admin: { hidden: true },
      access: { read: () => false, update: () => false },
    },
  ],
  hooks: {
    beforeChange: [keepUnsubscribed, startDoubleOptIn],
    afterChange: [sendConfirmation, suppressOnUnsubscribe],
  },
  timestamps: true,
}

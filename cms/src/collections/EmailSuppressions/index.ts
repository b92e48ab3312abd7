import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'

/**
 * Addresses no marketing email may reach, campaigns and commerce's lifecycle
 * email alike: hard bounces and complaints reported by Resend's webhooks,
 * readers who unsubscribed (from the newsletter or the shop), or added by an
 * editor. Kept by address, apart from the subscriber rows, so deleting and
 * re-importing a reader does not undo it (see endpoints/marketingConsent).
 */
export const EmailSuppressions: CollectionConfig<'email-suppressions'> = {
  slug: 'email-suppressions',
  access: { create: isAdminOrEditor, read: isAdminOrEditor, update: () => false, delete: isAdmin },
  admin: { defaultColumns: ['email', 'reason', 'createdAt'], useAsTitle: 'email', group: 'Campaigns' },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true },
    {
      name: 'reason',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      options: [
        { label: 'Hard bounce', value: 'bounced' },
        { label: 'Complaint', value: 'complained' },
        { label: 'Unsubscribed (newsletter or shop)', value: 'unsubscribed' },
        { label: 'Added by an editor', value: 'manual' },
      ],
    },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns' },
  ],
  hooks: {
    beforeChange: [({ data }) => ({ ...data, email: data.email?.trim().toLowerCase() })],
  },
  timestamps: true,
}

import type { CollectionConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'

/**
 * Which links of a campaign each reader clicked, once per reader and link
 * whatever Resend redelivers or the reader clicks again: written by the
 * webhook (src/endpoints/resendWebhook.ts) in SQL, counted by the campaign
 * report as unique clicks per link.
 */
export const CampaignLinkClicks: CollectionConfig<'campaign-link-clicks'> = {
  slug: 'campaign-link-clicks',
  access: { create: () => false, read: isAdminOrEditor, update: () => false, delete: () => false },
  admin: { hidden: true, useAsTitle: 'link', group: 'Campaigns' },
  indexes: [{ fields: ['recipient', 'link'], unique: true }, { fields: ['campaign', 'link'] }],
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true },
    { name: 'recipient', type: 'relationship', relationTo: 'campaign-recipients', required: true },
    { name: 'link', type: 'text', required: true },
  ],
  timestamps: true,
}

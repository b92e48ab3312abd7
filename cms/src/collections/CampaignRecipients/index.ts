import type { CollectionConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'

/**
 * One row per reader of a campaign, written by the sender in SQL
 * (src/campaigns/recipients.ts): queued, then sent with Resend's id, failed
 * with Resend's refusal, or skipped when the reader left before their batch.
 * Resend's webhooks add what happened to the email afterwards.
 */
export const CampaignRecipients: CollectionConfig<'campaign-recipients'> = {
  slug: 'campaign-recipients',
  access: { create: () => false, read: isAdminOrEditor, update: () => false, delete: () => false },
  admin: {
    defaultColumns: ['email', 'campaign', 'status', 'lastEvent', 'sentAt'],
    useAsTitle: 'email',
    group: 'Campaigns',
  },
  indexes: [{ fields: ['campaign', 'email'], unique: true }, { fields: ['campaign', 'status', 'batch'] }],
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'newsletter-subscribers' },
    { name: 'email', type: 'text', required: true },
    { name: 'batch', type: 'number', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: ['queued', 'sent', 'failed', 'skipped'].map((value) => ({ label: value, value })),
    },
    { name: 'resendId', type: 'text', index: true },
    { name: 'sentAt', type: 'date' },
    { name: 'error', type: 'text' },
    {
      name: 'lastEvent',
      type: 'select',
      options: ['delivered', 'bounced', 'complained', 'opened', 'clicked'].map((value) => ({ label: value, value })),
    },
    { name: 'deliveredAt', type: 'date' },
    { name: 'bouncedAt', type: 'date' },
    { name: 'complainedAt', type: 'date' },
    { name: 'openedAt', type: 'date' },
    { name: 'clickedAt', type: 'date' },
    // Set when the reader unsubscribed through this campaign's link (src/endpoints/unsubscribe.ts).
    { name: 'unsubscribedAt', type: 'date' },
  ],
  timestamps: true,
}

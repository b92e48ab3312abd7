import { BlocksFeature, CodeBlock, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { isEditorOrAuthorCampaignDraft, isEditorOrOwnCampaignDraft } from '@/access/isEditorOrAuthorCampaignDraft'
import { isStaff } from '@/access/isStaff'
import { EmailButton } from '@/blocks/EmailButton/config'
import { ProductCard } from '@/blocks/ProductCard/config'
import { previewEndpoint } from './endpoints/preview'
import { reportEndpoint } from './endpoints/report'
import { sendTest } from './endpoints/sendTest'
import { guardCampaign } from './hooks/guardCampaign'
import { readProgress } from './hooks/progress'
import { queueSend } from './hooks/queueSend'

const system = { create: () => false, update: () => false }
const sentOrSending = (data: Partial<{ status: string }> | undefined) => data?.status === 'sending' || data?.status === 'sent'

/**
 * The author's letters to her readers. Authors draft; editors and admins
 * schedule them (status "scheduled", now or at a time), which queues the
 * sendCampaign job: it expands the audience into campaign-recipients once
 * and sends them through Resend's batch API (src/campaigns/sendCampaign.ts).
 */
export const Campaigns: CollectionConfig<'campaigns'> = {
  slug: 'campaigns',
  access: {
    create: isEditorOrAuthorCampaignDraft,
    read: isStaff,
    update: isEditorOrOwnCampaignDraft,
    delete: isAdminOrEditor,
  },
  admin: {
    defaultColumns: ['subject', 'status', 'scheduledAt', 'sentAt'],
    useAsTitle: 'subject',
    description: 'Set the status to "Scheduled" and save to send (now, or at the time chosen). Only editors and admins can.',
  },
  endpoints: [sendTest, previewEndpoint, reportEndpoint],
  fields: [
    { name: 'subject', type: 'text', required: true, maxLength: 200 },
    {
      name: 'preheader',
      type: 'text',
      maxLength: 150,
      admin: { description: 'The line inboxes show after the subject.' },
    },
    {
      name: 'report',
      type: 'ui',
      admin: { condition: sentOrSending, components: { Field: '@/collections/Campaigns/components/CampaignReport#CampaignReport' } },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      // The posts' editor plus buttons and book and course cards, which render.ts turns into email HTML.
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [CodeBlock(), EmailButton, ProductCard] })],
      }),
    },
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '@/collections/Campaigns/components/EmailPreview#EmailPreview' } },
    },
    {
      name: 'fromName',
      type: 'text',
      maxLength: 80,
      admin: { description: "The sender's name; the address is the site's (RESEND_FROM)." },
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: [
        { label: 'All confirmed subscribers', value: 'all' },
        { label: 'Subscribers with a tag', value: 'tag' },
        { label: 'Subscribers from a sign-up source', value: 'source' },
      ],
    },
    { name: 'audienceTag', type: 'text', admin: { condition: (data) => data?.audience === 'tag' } },
    { name: 'audienceSource', type: 'text', admin: { condition: (data) => data?.audience === 'source' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'Scheduled', value: 'scheduled' },
        { label: 'Sending', value: 'sending' },
        { label: 'Sent', value: 'sent' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'scheduledAt',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Empty: as soon as it is scheduled.' },
    },
    {
      name: 'sendTest',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/collections/Campaigns/components/SendTestButton#SendTestButton' } },
    },
    { name: 'sentAt', type: 'date', access: system, admin: { position: 'sidebar', readOnly: true } },
    {
      // Text, not JSON: the admin's JSON editor loads from a CDN, and this must show offline too.
      name: 'progress',
      type: 'text',
      virtual: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Skipped: unsubscribed or suppressed after the send began. Reload to update.' },
      hooks: { afterRead: [readProgress] },
    },
    { name: 'lastError', type: 'text', access: system, admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.lastError) } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', access: system, admin: { position: 'sidebar', readOnly: true } },
    // The sender's hold on the campaign and the moment its audience was expanded (src/campaigns).
    { name: 'sendingLeaseUntil', type: 'date', access: system, admin: { hidden: true } },
    { name: 'recipientsExpandedAt', type: 'date', access: system, admin: { hidden: true } },
  ],
  hooks: {
    beforeChange: [guardCampaign],
    afterChange: [queueSend],
  },
  timestamps: true,
}

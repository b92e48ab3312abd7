import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminOrEditorField } from '@/access/isAdminOrEditorField'
import { isEditorOrStorefrontActive } from '@/access/isEditorOrStorefrontActive'
import { isStaffOrStorefront } from '@/access/isStaffOrStorefront'
import { isStorefrontOrEditor } from '@/access/isStorefrontOrEditor'
import { claimSeat } from './hooks/claimSeat'
import { queueAttended } from './hooks/queueAttended'

export const REGISTERED = 'registered'
export const CANCELLED = 'cancelled'

/**
 * One row per RSVP. The storefront creates them with its API key after Medusa
 * has vouched for the shopper (`customerId` is a Medusa customer id). A partial
 * unique index (migration 20261122_222655) keeps one active RSVP per customer and
 * event; seats are counted under a lock on the event row (hooks/claimSeat.ts).
 */
export const EventRegistrations: CollectionConfig<'event-registrations'> = {
  slug: 'event-registrations',
  access: {
    create: isStorefrontOrEditor,
    delete: isAdmin,
    read: isStaffOrStorefront,
    update: isEditorOrStorefrontActive(REGISTERED),
  },
  admin: {
    defaultColumns: ['event', 'name', 'email', 'status', 'attended', 'createdAt'],
    useAsTitle: 'email',
    group: 'Events',
  },
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      access: { update: isAdminOrEditorField },
    },
    {
      name: 'customerId',
      type: 'text',
      required: true,
      index: true,
      label: 'Medusa customer id',
      validate: (value: string | null | undefined) =>
        !value || /^cus_[A-Za-z0-9]{10,40}$/.test(value) || 'Expected a Medusa customer id (cus_…).',
      access: { update: isAdminOrEditorField },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      access: { update: isAdminOrEditorField },
    },
    { name: 'email', type: 'email', required: true, access: { update: isAdminOrEditorField } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: REGISTERED,
      index: true,
      options: [
        { label: 'Registered', value: REGISTERED },
        { label: 'Cancelled', value: CANCELLED },
      ],
    },
    {
      name: 'attended',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: 'Tick once the reader came (at the door or after the event). They earn the community’s “Event attendee” badge.',
      },
      access: { create: isAdminOrEditorField, update: isAdminOrEditorField },
      validate: (value: boolean | null | undefined, { siblingData }: { siblingData: Partial<{ status: string }> }) =>
        !value || siblingData?.status !== CANCELLED || 'A cancelled RSVP cannot be marked attended.',
    },
  ],
  hooks: {
    beforeChange: [claimSeat],
    afterChange: [queueAttended],
  },
  timestamps: true,
}

import { slugField, type CollectionConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { isStaff } from '@/access/isStaff'
import { staffOrPublished } from '@/access/staffOrPublished'
import { validateUrl } from '@/fields/url'
import { revalidateOnPublish } from '@/hooks/revalidateOnPublish'
import { previewUrl, storefrontPaths } from '@/lib/previewUrl'
import { validateEndsAfterStart } from './validateEndsAfterStart'

const revalidate = revalidateOnPublish('event', ['events'])

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  access: {
    create: isAdminOrEditor,
    delete: isAdminOrEditor,
    read: staffOrPublished,
    readVersions: isStaff,
    update: isAdminOrEditor,
  },
  admin: {
    preview: previewUrl(storefrontPaths.event),
    defaultColumns: ['title', 'startsAt', 'venue', '_status'],
    useAsTitle: 'title',
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: validateEndsAfterStart,
        },
        {
          name: 'timeZone',
          type: 'text',
          required: true,
          defaultValue: 'Africa/Lagos',
          admin: { description: 'IANA zone the times are shown in, e.g. Africa/Lagos.' },
        },
      ],
    },
    { name: 'venue', type: 'text' },
    {
      name: 'onlineUrl',
      type: 'text',
      label: 'Online URL',
      validate: validateUrl,
    },
    {
      name: 'capacity',
      type: 'number',
      min: 0,
      admin: { description: 'Seats available for RSVPs; empty means unlimited.' },
    },
    { name: 'registrationOpen', type: 'checkbox', defaultValue: false },
    { name: 'description', type: 'richText' },
    slugField(),
  ],
  hooks: {
    beforeChange: [revalidate.beforeChange],
    afterChange: [revalidate.afterChange],
    afterDelete: [revalidate.afterDelete],
  },
  versions: {
    drafts: true,
    maxPerDoc: 20,
  },
}

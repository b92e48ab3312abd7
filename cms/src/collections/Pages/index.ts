import { slugField, type CollectionConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { isStaff } from '@/access/isStaff'
import { staffOrPublished } from '@/access/staffOrPublished'
import { CallToAction } from '@/blocks/CallToAction/config'
import { FeaturedBooks } from '@/blocks/FeaturedBooks/config'
import { Hero } from '@/blocks/Hero/config'
import { RichText } from '@/blocks/RichText/config'
import { populatePublishedAt } from '@/hooks/populatePublishedAt'
import { revalidateOnPublish } from '@/hooks/revalidateOnPublish'

const revalidate = revalidateOnPublish('page')

export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  access: {
    create: isAdminOrEditor,
    delete: isAdminOrEditor,
    read: staffOrPublished,
    readVersions: isStaff,
    update: isAdminOrEditor,
  },
  admin: {
    defaultColumns: ['title', 'slug', 'updatedAt', '_status'],
    useAsTitle: 'title',
  },
  defaultPopulate: {
    title: true,
    slug: true,
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            { name: 'title', type: 'text', required: true },
            {
              name: 'layout',
              type: 'blocks',
              required: true,
              blocks: [Hero, RichText, FeaturedBooks, CallToAction],
              admin: { initCollapsed: true },
            },
          ],
        },
      ],
    },
    slugField(),
    {
      name: 'publishedAt',
      type: 'date',
      admin: { position: 'sidebar' },
      hooks: { beforeChange: [populatePublishedAt] },
    },
  ],
  hooks: {
    beforeChange: [revalidate.beforeChange],
    afterChange: [revalidate.afterChange],
    afterDelete: [revalidate.afterDelete],
  },
  versions: {
    drafts: {
      autosave: true,
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
}

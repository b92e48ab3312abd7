import { slugField, type CollectionConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { isStaff } from '@/access/isStaff'
import { staffOrPublished } from '@/access/staffOrPublished'
import { CallToAction } from '@/blocks/CallToAction/config'
import { CourseCard } from '@/blocks/CourseCard/config'
import { FeaturedBooks } from '@/blocks/FeaturedBooks/config'
import { Hero } from '@/blocks/Hero/config'
import { LatestPosts } from '@/blocks/LatestPosts/config'
import { NewsletterSignup } from '@/blocks/NewsletterSignup/config'
import { RichText } from '@/blocks/RichText/config'
import { populatePublishedAt } from '@/hooks/populatePublishedAt'
import { revalidateOnPublish } from '@/hooks/revalidateOnPublish'
import { previewUrl, storefrontPaths } from '@/lib/previewUrl'

const revalidate = revalidateOnPublish('page', ['pages'])

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
    preview: previewUrl(storefrontPaths.page),
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
              blocks: [
                Hero,
                RichText,
                FeaturedBooks,
                CourseCard,
                LatestPosts,
                CallToAction,
                NewsletterSignup,
              ],
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

import { slugField, type CollectionConfig } from 'payload'

import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { isEditorOrAuthorDraft } from '@/access/isEditorOrAuthorDraft'
import { isEditorOrOwnAuthorDraft } from '@/access/isEditorOrOwnAuthorDraft'
import { isStaff } from '@/access/isStaff'
import { staffOrPublished } from '@/access/staffOrPublished'
import { populatePublishedAt } from '@/hooks/populatePublishedAt'
import { revalidateOnPublish } from '@/hooks/revalidateOnPublish'
import { previewUrl, storefrontPaths } from '@/lib/previewUrl'
import { assignAuthor } from './hooks/assignAuthor'

const revalidate = revalidateOnPublish('post', ['posts'])

export const Posts: CollectionConfig<'posts'> = {
  slug: 'posts',
  access: {
    create: isEditorOrAuthorDraft,
    delete: isAdminOrEditor,
    read: staffOrPublished,
    readVersions: isStaff,
    update: isEditorOrOwnAuthorDraft,
  },
  admin: {
    preview: previewUrl(storefrontPaths.post),
    defaultColumns: ['title', 'slug', 'author', 'publishedAt', '_status'],
    useAsTitle: 'title',
  },
  defaultPopulate: {
    title: true,
    slug: true,
    excerpt: true,
    heroImage: true,
    publishedAt: true,
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
              name: 'excerpt',
              type: 'textarea',
              maxLength: 300,
              admin: { description: 'One or two sentences for listings and link previews.' },
            },
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            { name: 'content', type: 'richText', required: true },
          ],
        },
      ],
    },
    slugField(),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: { beforeChange: [populatePublishedAt] },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar' },
      defaultValue: ({ user }) => user?.id,
    },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeChange: [assignAuthor, revalidate.beforeChange],
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

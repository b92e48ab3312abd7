import path from 'path'
import type { CollectionConfig } from 'payload'
import { fileURLToPath } from 'url'

import { anyone } from '@/access/anyone'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { isStaff } from '@/access/isStaff'

import { answerMissingFile } from './answerMissingFile'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const staticDir = path.resolve(dirname, '../../../media')

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    create: isStaff,
    delete: isAdminOrEditor,
    read: anyone,
    update: isStaff,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
    },
  ],
  upload: {
    // Local disk until ImageKit is configured; cms/media is git-ignored.
    staticDir,
    handlers: [answerMissingFile(staticDir)],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    mimeTypes: ['image/*'],
    imageSizes: [
      { name: 'thumbnail', width: 300 },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
  },
}

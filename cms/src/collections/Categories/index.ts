import { slugField, type CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import {
  revalidateCategoriesAfterChange,
  revalidateCategoriesAfterDelete,
} from '@/hooks/revalidateCategories'

export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  access: {
    create: isAdminOrEditor,
    delete: isAdminOrEditor,
    read: anyone,
    update: isAdminOrEditor,
  },
  admin: {
    useAsTitle: 'title',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
    },
    slugField({ position: undefined }),
  ],
  hooks: {
    afterChange: [revalidateCategoriesAfterChange],
    afterDelete: [revalidateCategoriesAfterDelete],
  },
}

import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { urlField } from '@/fields/url'
import { revalidateNav } from '@/hooks/revalidateNav'

export const Header: GlobalConfig<'header'> = {
  slug: 'header',
  access: {
    read: anyone,
    update: isAdminOrEditor,
  },
  fields: [
    {
      name: 'navItems',
      type: 'array',
      maxRows: 8,
      fields: [{ name: 'label', type: 'text', required: true }, urlField()],
    },
  ],
  hooks: {
    afterChange: [revalidateNav],
  },
}
